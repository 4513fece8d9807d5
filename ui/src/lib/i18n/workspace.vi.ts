// Vietnamese texts of the workspace views (merged into vi.ts; workspace.en.ts is typed against these keys).

export const workspaceVi = {
};
