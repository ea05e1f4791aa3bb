/** The institution as the report prints it: its type, its address in one line, and the profile table. */
import type { Institution } from '../records';
import { expiryState } from '../records/evidence';
import { institutionTypeLabel, OWNERSHIPS, totalClients } from '../records/institution';
import { formatDateId } from './format';
import type { Row } from './types';

export const dash = (s: string) => (s.trim() === '' ? '—' : s);

const expiredMark = (expiry: string, today: string) => (expiryState(expiry, today) === 'expired' ? ' — KEDALUWARSA' : '');

export function typeLabelOf(inst: Institution): string {
  return inst.type === 'lainnya' && inst.typeOther ? `Lainnya: ${inst.typeOther}` : institutionTypeLabel(inst.type);
}

export function addressOf(inst: Institution): string {
  return [inst.address, inst.kelurahan && `Kel. ${inst.kelurahan}`, inst.kecamatan && `Kec. ${inst.kecamatan}`, inst.kabupaten, inst.province]
    .filter((s) => s && s.trim() !== '')
    .join(', ');
}

/** Section 1: the profile as filled, a registration or permit past its date marked. */
export function profileRows(inst: Institution, today: string): Row[] {
  return [
    ['Nama lembaga', inst.name],
    ['Jenis panti', typeLabelOf(inst)],
    ['Kepemilikan', OWNERSHIPS.find((o) => o.id === inst.ownership)?.label ?? inst.ownership],
    ['Alamat', dash(inst.address)],
    ['Kelurahan/Desa', dash(inst.kelurahan)],
    ['Kecamatan', dash(inst.kecamatan)],
    ['Kabupaten/Kota', dash(inst.kabupaten)],
    ['Provinsi', inst.province],
    ['Nomor tanda daftar LKS', dash(inst.registrationNumber)],
    ['Tanggal / berlaku s.d.', `${inst.registrationDate ? formatDateId(inst.registrationDate) : '—'} / ${inst.registrationExpiry ? formatDateId(inst.registrationExpiry) : '—'}${expiredMark(inst.registrationExpiry, today)}`],
    ['Nomor izin operasional', dash(inst.permitNumber)],
    ['Tanggal / berlaku s.d. ', `${inst.permitDate ? formatDateId(inst.permitDate) : '—'} / ${inst.permitExpiry ? formatDateId(inst.permitExpiry) : '—'}${expiredMark(inst.permitExpiry, today)}`],
    ['Kapasitas', `${inst.capacity} orang`],
    ['Penerima manfaat', `${totalClients(inst)} orang (laki-laki ${inst.clientsMale}, perempuan ${inst.clientsFemale})`],
    ['Kepala panti', dash(inst.headName)],
    ['Telepon', dash(inst.phone)],
    ['E-mail', dash(inst.email)],
  ];
}
