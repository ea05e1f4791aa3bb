import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { getCurrentAssessment } from './currentAssessment';
import { useRole } from './role';

function useCurrentAssessment(): string | null {
  const [id, setId] = useState(getCurrentAssessment);
  useEffect(() => {
    const update = () => setId(getCurrentAssessment());
    window.addEventListener('swanilai:current-assessment', update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener('swanilai:current-assessment', update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return id;
}

export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const current = useCurrentAssessment();
  const withId = (base: string) => (current ? `${base}/${current}` : base);
  const role = useRole();
  const settings = { href: '/pengaturan', label: 'Pengaturan', match: (l: string) => l.startsWith('/pengaturan') };
  // Each role has its own menu: an assessor's and a Dinas's work is not the panti's questionnaire.
  const nav =
    role === 'asesor'
      ? [
          { href: '/asesor', label: 'Verifikasi', match: (l: string) => l.startsWith('/asesor') },
          { href: '/berkas', label: 'Berkas', match: (l: string) => l.startsWith('/berkas') },
          { href: '/katalog', label: 'Katalog', match: (l: string) => l.startsWith('/katalog') },
          settings,
        ]
      : role === 'dinas'
        ? [
            { href: '/rekap', label: 'Rekap', match: (l: string) => l.startsWith('/rekap') },
            { href: '/berkas', label: 'Berkas', match: (l: string) => l.startsWith('/berkas') },
            { href: '/katalog', label: 'Katalog', match: (l: string) => l.startsWith('/katalog') },
            settings,
          ]
        : [
            { href: '/', label: 'Beranda', match: (l: string) => l === '/' || l.startsWith('/lembaga') },
            { href: withId('/asesmen'), label: 'Asesmen', match: (l: string) => l.startsWith('/asesmen') },
            { href: withId('/hasil'), label: 'Hasil', match: (l: string) => l.startsWith('/hasil') },
            { href: withId('/laporan'), label: 'Laporan', match: (l: string) => l.startsWith('/laporan') },
            settings,
          ];
  const home = role === 'asesor' ? '/asesor' : role === 'dinas' ? '/rekap' : '/';
  return (
    <>
      <a className="skip-link" href="#konten">
        Langsung ke konten
      </a>
      <header className="app-header">
        <Link href={home} className="brand">
          Swanilai Panti
        </Link>
      </header>
      <main id="konten" tabIndex={-1}>
        {children}
      </main>
      <nav className="bottom-nav" aria-label="Menu utama">
        {nav.map((n) => (
          <Link key={n.label} href={n.href} aria-current={n.match(location) ? 'page' : undefined}>
            {n.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
