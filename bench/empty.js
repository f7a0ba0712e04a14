// The floor for the cold-start bench: a module that does nothing, loaded the same way as the
// package's entries, so the table can show what the page and network cost before any of ours.
export async function ready() {}
export function validate() {}
