import { stableId } from '../../platform/ids.js';
import type { CrisisHelplineRow } from './crisis.repo.js';

/**
 * The demo's helplines: fictional names and numbers (the 0800 000 … range is not in use), so that nobody calls a
 * real service from a demo. A real deployment enters its own at /admin/crisis-help; 112 is always shown.
 */
export const DEMO_HELPLINES: CrisisHelplineRow[] = [
  {
    id: stableId('crisis_helpline', 'demo-crisis-line'),
    position: 1,
    nameFi: 'Esimerkin kriisipuhelin (demo)',
    nameSv: 'Exemplets kristelefon (demo)',
    nameEn: 'Example crisis line (demo)',
    phone: '0800 000 001',
    hoursFi: 'Joka päivä ympäri vuorokauden',
    hoursSv: 'Varje dag dygnet runt',
    hoursEn: 'Every day, around the clock',
    url: null,
  },
  {
    id: stableId('crisis_helpline', 'demo-violence-line'),
    position: 2,
    nameFi: 'Esimerkin väkivaltapuhelin (demo)',
    nameSv: 'Exemplets våldslinje (demo)',
    nameEn: 'Example violence helpline (demo)',
    phone: '0800 000 002',
    hoursFi: 'Arkisin 9–21',
    hoursSv: 'Vardagar 9–21',
    hoursEn: 'Weekdays 9 am – 9 pm',
    url: null,
  },
];
