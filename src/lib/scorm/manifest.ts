/**
 * The imsmanifest.xml of a SCORM 1.2 package (ADL SCORM 1.2, the version Moodle 4 supports best): one
 * organization, one item and one SCO per module, in the package's language, each with its quiz's pass mark as the
 * mastery score, and every file the SCO needs listed. It validates against the ADL XSDs in ./xsd (the unit test
 * runs xmllint on it). No imports, so the export script runs it with Node's own type stripping.
 */
export interface ScormSco {
  /** "course/module": made into an XML ID by scormId(). */
  key: string;
  title: string;
  /** The launch page, relative to the package root. */
  href: string;
  /** 0–100; omitted for a module without a quiz (it completes by "mark as done"). */
  masteryScore?: number;
  /** The module's own files (its page), relative to the package root. */
  files: readonly string[];
}

export interface ScormPackage {
  /** Unique and stable for the package (course or role path, and language). */
  identifier: string;
  title: string;
  lang: 'vi' | 'en';
  scos: readonly ScormSco[];
  /** Files every SCO uses (scripts, styles, images), listed once as a shared asset resource. */
  sharedFiles: readonly string[];
}

/** The XML schema files a package carries in its root, as ADL's conformance requirements expect. */
export const SCORM_XSD_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];

const SHARED = 'shared-assets';

/** An XML ID (an NCName: a letter first, then letters, digits, "-", "_" or "."), stable for the same key. */
export const scormId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A file path in a manifest: relative, forward slashes, and URL-escaped where a name needs it. */
const fileHref = (path: string) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

export function scormManifest(pkg: ScormPackage): string {
  if (pkg.scos.length === 0) throw new Error(`SCORM package ${pkg.identifier} has no modules`);
  const items = pkg.scos
    .map((sco) => {
      const mastery =
        sco.masteryScore === undefined
          ? ''
          : `\n        <adlcp:masteryscore>${Math.round(sco.masteryScore)}</adlcp:masteryscore>`;
      return `      <item identifier="${scormId('item', sco.key)}" identifierref="${scormId('sco', sco.key)}" isvisible="true">
        <title>${escapeXml(sco.title)}</title>${mastery}
      </item>`;
    })
    .join('\n');
  const resources = pkg.scos
    .map(
      (
        sco,
      ) => `    <resource identifier="${scormId('sco', sco.key)}" type="webcontent" adlcp:scormtype="sco" href="${fileHref(sco.href)}">
${sco.files.map((file) => `      <file href="${fileHref(file)}"/>`).join('\n')}
      <dependency identifierref="${SHARED}"/>
    </resource>`,
    )
    .join('\n');
  const shared = pkg.sharedFiles.map((file) => `      <file href="${fileHref(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(pkg.identifier)}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escapeXml(pkg.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="${SHARED}" type="webcontent" adlcp:scormtype="asset">
${shared}
    </resource>
  </resources>
</manifest>
`;
}
