// Placeholder until the screen is built (see the open issue for this feature).
export default function ReportPage() {
  return <h1>Laporan</h1>;
}
