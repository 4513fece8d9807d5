// Vietnamese texts of the timeline views (merged into vi.ts; timeline.en.ts is typed against these keys).

export const timelineVi = {
};
