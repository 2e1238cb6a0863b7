// Preload for tools (langium-cli) that need Object.groupBy on Node 20; see language/src/runtime/node20-polyfills.ts.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) (groups[key(item, index++)] ??= []).push(item);
        return groups;
    };
}
