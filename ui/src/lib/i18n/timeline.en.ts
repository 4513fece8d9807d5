// English texts of the timeline views. Typed against timeline.vi.ts: same keys, no others.

import type { timelineVi } from './timeline.vi';

export const timelineEn: { [K in keyof typeof timelineVi]: string } = {
};
