// Chevrotain 13 (under Langium 4.4) calls Object.groupBy, which Node 20 lacks (added in Node 21).
// Imported first by every entry point so the parser can be built on Node 20.
type GroupBy = <K extends PropertyKey, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Partial<Record<K, T[]>>;

const objectCtor = Object as unknown as { groupBy?: GroupBy };
if (typeof objectCtor.groupBy !== 'function') {
    objectCtor.groupBy = (items, key) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const k = key(item, index++);
            (groups[k] ??= []).push(item);
        }
        return groups;
    };
}
export {};
