import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { SCORM_XSD_FILES } from '../../../src/lib/scorm/manifest';

const XSD = join(import.meta.dirname, '../../../src/lib/scorm/xsd');

/**
 * xmllint --schema over a manifest with ADL's SCORM 1.2 XSDs. xmllint takes one schema, so a wrapper imports the
 * namespaces a manifest uses: content packaging and ADL's extensions. IMS metadata (imsmd) is left out: its 2001
 * XSD is not deterministic, which libxml2 refuses to compile (a known flaw of the SCORM 1.2 files), and our
 * manifests carry no imsmd metadata, which the test below checks.
 */
const WRAPPER = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:cdl:scorm-wrapper">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

export async function validateManifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'wrapper.xsd', contents: WRAPPER }],
    preload: SCORM_XSD_FILES.filter((f) => f !== 'imsmd_rootv1p2p1.xsd').map((fileName) => ({
      fileName,
      contents: readFileSync(join(XSD, fileName), 'utf8'),
    })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
