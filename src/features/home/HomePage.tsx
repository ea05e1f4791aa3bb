export default function HomePage() {
  return (
    <>
      <h1>Beranda</h1>
      <p>Asesmen mandiri panti sosial terhadap Standar Umum Panti Sosial.</p>
    </>
  );
}
