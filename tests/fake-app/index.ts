// Everything a test needs from the fake Obsidian, in one import.
export { settle, takeFailures } from "./async";
export { createFragment, FakeElement, FakeEvent } from "./dom";
export { asFake, pressKey, selectOption, typeText } from "./dom-input";
export {
	changePluginDataExternally, commandIds, createFakeApp, isCommandAvailable, loadPlugin, pluginDataPath, readManifest,
	readPluginData, ribbonIcon, runCommand, statusBarTexts, unloadPlugin, writePluginData,
} from "./app";
export type { FakeApp } from "./app";
export { findSetting } from "./setting";
export { noticeTexts, notices, openModals, suggestFor } from "./ui";
export { FakeClock, FakeVault } from "./vault";
export type { UserEdit } from "./vault";
export { FakeEditor, MarkdownView } from "./workspace";
