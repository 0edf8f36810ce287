/**
 * Hands text to the browser as a file to save. Nothing leaves the device: the file is made from
 * the record already loaded in the page.
 */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
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
export function fileNameOf(words: string, extension: string): string {
  const stem = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'civic-trail'}.${extension}`;
}
