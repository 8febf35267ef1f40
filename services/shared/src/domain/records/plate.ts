// Plates are typed at the gate as they look on the vehicle ("43C-123.45", "43c 12345"); lookups
// compare a normal form: upper case, letters and digits only (any script, e.g. Lao or Chinese).
export function normalisePlate(plate: string): string {
  return plate.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}
