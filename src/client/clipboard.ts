/** Copies text and announces it in the page's `#copy-status` live region. */
export async function copyText(text: string, announce: string): Promise<boolean> {
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = `${status.dataset.copied ?? ''}: ${announce}`;
    return true;
  } catch {
    return false;
  }
}
