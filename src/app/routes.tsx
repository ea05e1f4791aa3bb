import { lazy } from 'react';

/**
 * Every screen, loaded on demand so the first load stays small. All chunks are precached by the
 * service worker, so a lazily loaded screen opens offline too. More specific paths come first.
 */
export const routes = [
  { path: '/', page: lazy(() => import('../features/home/HomePage')) },
  { path: '/lembaga/baru', page: lazy(() => import('../features/profile/ProfilePage')) },
  { path: '/lembaga/:institutionId', page: lazy(() => import('../features/profile/ProfilePage')) },
  { path: '/asesmen', page: lazy(() => import('../features/questionnaire/AssessmentListPage')) },
  { path: '/asesmen/:assessmentId/sdm', page: lazy(() => import('../features/roster/RosterPage')) },
  { path: '/asesmen/:assessmentId/bukti', page: lazy(() => import('../features/evidence/EvidencePage')) },
  { path: '/asesmen/:assessmentId/selesai', page: lazy(() => import('../features/questionnaire/FinalisePage')) },
  { path: '/asesmen/:assessmentId/tim', page: lazy(() => import('../features/team/TeamPage')) },
  { path: '/asesmen/:assessmentId/pindah', page: lazy(() => import('../features/versionMove/VersionMovePage')) },
  { path: '/asesmen/:assessmentId/butir/:itemId', page: lazy(() => import('../features/questionnaire/QuestionnairePage')) },
  { path: '/asesmen/:assessmentId', page: lazy(() => import('../features/questionnaire/QuestionnairePage')) },
  { path: '/hasil', page: lazy(() => import('../features/results/ResultsListPage')) },
  { path: '/hasil/:assessmentId', page: lazy(() => import('../features/results/ResultsPage')) },
  { path: '/laporan', page: lazy(() => import('../features/report/ReportListPage')) },
  { path: '/laporan/:assessmentId', page: lazy(() => import('../features/report/ReportPage')) },
  { path: '/berkas', page: lazy(() => import('../features/bundle/BundlePage')) },
  { path: '/asesor', page: lazy(() => import('../features/assessor/AssessorHomePage')) },
  { path: '/asesor/:assessmentId', page: lazy(() => import('../features/assessor/AssessorReviewPage')) },
  { path: '/rekap', page: lazy(() => import('../features/recap/RecapPage')) },
  { path: '/katalog', page: lazy(() => import('../features/catalogue/CataloguePage')) },
  { path: '/pengaturan', page: lazy(() => import('../features/settings/SettingsPage')) },
] as const;
