import { siteOwnerFrom, type SiteOwner } from './lib/site/site-owner';
import { lrsEndpointsFrom } from './lib/site/lrs-endpoints';

/**
 * The project's own name, contact and licence: the one place to change them. A copy hosted by an agency sets its
 * own at build time instead (see README, Deploy): SITE_PUBLISHER_VI=… SITE_CONTACT=… npm run build. The name is
 * written as it reads inside a sentence ("Written and maintained by the … team."), where every page uses it.
 */
const defaults: SiteOwner = {
  publisher: { vi: 'Nhóm dự án Dữ liệu cho công vụ', en: 'the Civic Data Literacy project team' },
  contact: 'hoc-du-lieu@example.gov.vn',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

export const siteOwner = siteOwnerFrom(defaults, process.env);

/**
 * Built for a SCORM package (npm run export:scorm sets LMS_PACKAGE=1): module pages talk to the LMS and carry no
 * site navigation (moving between modules is the LMS's), and no page registers the service worker, which inside an
 * LMS would claim a folder of the LMS's own site.
 */
export const lmsPackage = process.env.LMS_PACKAGE === '1';

/**
 * The Learning Record Stores a path may send statements to (LRS_ENDPOINTS at build: see README, "Agencies"). The
 * CSP's connect-src allows exactly these; with none, no page carries the sender.
 */
export const lrsEndpoints = lrsEndpointsFrom(process.env.LRS_ENDPOINTS);
