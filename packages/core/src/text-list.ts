// Cells holding several values (检查方式, 配合部门, 行业标签) separated however the clerk typed them.

/** Splits on 、，,；; / and line breaks; trimmed, empty parts dropped, duplicates removed. */
export function splitList(text: string, separators: RegExp = /[、，,；;/／\n]+/): string[] {
  const parts = text.split(separators).map((p) => p.trim()).filter(Boolean);
  return [...new Set(parts)];
}
