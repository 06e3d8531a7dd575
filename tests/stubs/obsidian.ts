// A small stand-in for the 'obsidian' module in tests. Symbols are added only
// when a test needs them.
export class Plugin {}
