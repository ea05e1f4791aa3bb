// Placeholder until the screen is built (see the open issue for this feature).
export default function BundlePage() {
  return <h1>Berkas asesmen</h1>;
}
