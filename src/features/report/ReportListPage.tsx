// Placeholder until the screen is built (see the open issue for this feature).
export default function ReportListPage() {
  return <h1>Laporan</h1>;
}
