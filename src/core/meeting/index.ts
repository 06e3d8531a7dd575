// The meeting-note reader's public face.
export { readMeetingNote, basenameOf } from "./read-meeting";
export { looksLikeMeeting, importerIdOf } from "./classify";
export { isTaskLine } from "./task-lines";
export type { Meeting, Participant, ReadResult, ReaderOptions, SectionItem, TaskLineRef, DroppedEntry } from "./model";
