/** Days since 1970-01-01 of an ISO civil date; independent of the machine's time zone. */
export function dayNumber(iso: string): number {
    const [y, m, d] = iso.split('-').map(Number);
    return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function isoFromDayNumber(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
