// Placeholder until the screen is built (see the open issue for this feature).
export default function CataloguePage() {
  return <h1>Katalog instrumen</h1>;
}
