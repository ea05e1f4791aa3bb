import { useEffect, useState } from 'react';

/** Who uses this device: the panti's manager, an accreditation assessor, or Dinas Sosial staff. */
export type Role = 'pengelola' | 'asesor' | 'dinas';
export const ROLES: { id: Role; label: string; home: string; description: string }[] = [
  { id: 'pengelola', label: 'Pengelola panti', home: '/', description: 'Mengisi asesmen mandiri lembaga dan membuat laporan.' },
  { id: 'asesor', label: 'Asesor', home: '/asesor', description: 'Memverifikasi berkas asesmen lembaga butir demi butir.' },
  { id: 'dinas', label: 'Dinas Sosial', home: '/rekap', description: 'Menghimpun berkas banyak lembaga menjadi rekap wilayah.' },
];

const KEY = 'swanilai:role';
const EVENT = 'swanilai:role';

export function getRole(): Role | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'pengelola' || v === 'asesor' || v === 'dinas' ? v : null;
  } catch {
    return null;
  }
}

export function setRole(role: Role): void {
  try {
    localStorage.setItem(KEY, role);
  } catch {
    // Storage full or blocked: the choice lasts for this visit only.
  }
  window.dispatchEvent(new Event(EVENT));
}

/** The chosen role (null until chosen), following changes in this tab and in others. */
export function useRole(): Role | null {
  const [role, set] = useState(getRole);
  useEffect(() => {
    const update = () => set(getRole());
    window.addEventListener(EVENT, update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener(EVENT, update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return role;
}
