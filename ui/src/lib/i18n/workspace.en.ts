// English texts of the workspace views. Typed against workspace.vi.ts: same keys, no others.

import type { workspaceVi } from './workspace.vi';

export const workspaceEn: { [K in keyof typeof workspaceVi]: string } = {
};
