// The 'obsidian' module in tests (vitest aliases it here): the real names and
// signatures, implemented by the fake app in tests/fake-app. Symbols are added
// only when the plugin needs them; test helpers live in tests/fake-app/index.ts.
import "../fake-app/globals";

export { Component, Plugin } from "../fake-app/component";
export { Events } from "../fake-app/events";
export { normalizePath, TAbstractFile, TFile, TFolder } from "../fake-app/files";
export {
	AbstractTextComponent, BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent,
	TextAreaComponent, TextComponent, ToggleComponent, ValueComponent,
} from "../fake-app/components";
export { Setting } from "../fake-app/setting";
export { AbstractInputSuggest, Modal, Notice, PluginSettingTab, PopoverSuggest, Scope, SettingTab } from "../fake-app/ui";
export { apiVersion, debounce, getLanguage, Platform, requireApiVersion, setIcon, setTooltip } from "../fake-app/util";
export { MarkdownView } from "../fake-app/workspace";
