/**
 * Hands text to the browser as a file to save. Nothing leaves the device: the file is made from
 * the record already loaded in the page.
 */
export function downloadText(fileName: string, mime: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** Hands a file to the browser's downloads, as a link with `download` would. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the address after the click returns, so it is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name made from words: "Savings said to recur" becomes "savings-said-to-recur". */
export function fileNameOf(words: string, extension: string, fallback = 'civic-trail'): string {
  const stem = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || fallback}.${extension}`;
}
