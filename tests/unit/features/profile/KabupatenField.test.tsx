// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { PROVINCES } from '../../../../src/domain/records';
import { KabupatenField } from '../../../../src/features/profile/KabupatenField';
import { EMPTY_PROFILE, type ProfileFormInput, type ProfileFormOutput } from '../../../../src/features/profile/profileForm';

// The first render loads React and jsdom: slow on a loaded machine, not a behaviour under test.
vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

let values: () => ProfileFormInput = () => EMPTY_PROFILE;
function Harness({ initial }: { initial: Partial<ProfileFormInput> }) {
  const { control, register, setValue, getValues } = useForm<ProfileFormInput, unknown, ProfileFormOutput>({ defaultValues: { ...EMPTY_PROFILE, ...initial } });
  values = getValues;
  return (
    <form>
      <label htmlFor="field-province">Provinsi (wajib)</label>
      <select id="field-province" {...register('province')}>
        <option value="">— Pilih provinsi —</option>
        {PROVINCES.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <KabupatenField control={control} register={register} setValue={setValue} />
      <button type="button">lain</button>
    </form>
  );
}
const box = () => screen.getByLabelText('Kabupaten / kota') as HTMLInputElement;
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });

describe('KabupatenField', () => {
  it('is a labelled text box offering the chosen province list, and asks for the province first', () => {
    render(<Harness initial={{}} />);
    expect(box().tagName).toBe('INPUT');
    expect(box().getAttribute('list')).toBeNull();
    expect(screen.getByText(/Pilih provinsi lebih dulu/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Provinsi (wajib)'), { target: { value: 'Jawa Barat' } });
    const list = document.getElementById(box().getAttribute('list')!)!;
    expect(list.tagName).toBe('DATALIST');
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toContain('Kabupaten Bandung');
    expect(list.querySelectorAll('option')).toHaveLength(27);
    expect(box().getAttribute('aria-describedby')).toContain('hint-kabupaten');
    expect(screen.getByText('Ketik atau pilih dari daftar 27 kabupaten/kota di Jawa Barat.')).toBeTruthy();
  });

  it('says what a typed name will be saved as', () => {
    render(<Harness initial={{ province: 'Jawa Barat' }} />);
    type('Kab. Bandung');
    expect(document.getElementById('note-kabupaten')!.textContent).toBe('Akan disimpan sebagai Kabupaten Bandung.');
    expect(box().getAttribute('aria-describedby')).toContain('note-kabupaten');
  });

  it('offers the candidates of an ambiguous name as buttons and never picks one itself', () => {
    render(<Harness initial={{ province: 'Jawa Barat' }} />);
    type('Bandung');
    expect(screen.getByText(/“Bandung” cocok dengan 2 nama di Jawa Barat/)).toBeTruthy();
    expect(values().kabupaten).toBe('Bandung');
    fireEvent.click(screen.getByRole('button', { name: 'Kota Bandung' }));
    expect(values().kabupaten).toBe('Kota Bandung');
    expect(box().value).toBe('Kota Bandung');
    expect(screen.queryByRole('button', { name: 'Kabupaten Bandung' })).toBeNull();
  });

  it('flags, without erasing, a kabupaten that is not in the newly chosen province', () => {
    render(<Harness initial={{ province: 'Jawa Barat', kabupaten: 'Kota Bandung' }} />);
    expect(screen.queryByTestId('kabupaten-flag')).toBeNull();
    fireEvent.change(screen.getByLabelText('Provinsi (wajib)'), { target: { value: 'Sumatera Utara' } });
    expect(screen.getByTestId('kabupaten-flag').textContent).toBe(
      '“Kota Bandung” tidak ada di daftar kabupaten/kota Sumatera Utara. Nama ini ada di daftar Jawa Barat (Kota Bandung): periksa pilihan provinsi.',
    );
    expect(values().kabupaten).toBe('Kota Bandung');
    expect(box().value).toBe('Kota Bandung');
  });

  it('flags an old free-text name on opening, but not while it is being typed', () => {
    render(<Harness initial={{ province: 'Jawa Barat', kabupaten: 'Kabupaten Antah Berantah' }} />);
    expect(screen.getByTestId('kabupaten-flag').textContent).toContain('isian tetap disimpan seperti yang diketik');
    act(() => box().focus());
    type('Kab. Band');
    expect(screen.queryByTestId('kabupaten-flag')).toBeNull();
    act(() => box().blur());
    expect(screen.getByTestId('kabupaten-flag').textContent).toContain('“Kab. Band” tidak ada di daftar kabupaten/kota Jawa Barat.');
  });
});
