import { config } from 'zod';
import { id as indonesian } from 'zod/v4/locales';

/**
 * Every zod message the app can show is in Indonesian ("Input tidak valid: diharapkan string, diterima number"),
 * never zod's English default: configured once, here, beside the record schemas every screen and import loads.
 */
config(indonesian());
