/** Focuses an element once it exists: a created row appears only after its command has returned and React has rendered. */
export function focusWhenReady(id: string, tries = 30): void {
  const attempt = (left: number) => {
    const el = document.getElementById(id);
    if (el) el.focus();
    else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(tries));
}
