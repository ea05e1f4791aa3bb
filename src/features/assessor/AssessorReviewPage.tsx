// Placeholder until the screen is built (see the open issue for this feature).
export default function AssessorReviewPage() {
  return <h1>Verifikasi asesor</h1>;
}
