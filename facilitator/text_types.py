"""The shape of every shipped file of texts: written by `python -m facilitator.text_shapes`, do not edit.

content.texts("meeting") is typed as MeetingTexts, so mypy checks each look-up against the shipped file.
"""

from __future__ import annotations

from typing import Literal, Protocol, TypedDict, overload

AccessLibraryFilter = TypedDict('AccessLibraryFilter', {'name': str, 'description': str})
AccessLibraryTable = TypedDict('AccessLibraryTable', {'name': str, 'description': str})
AccessLibrary = TypedDict('AccessLibrary', {'filter': AccessLibraryFilter, 'table': AccessLibraryTable})
AccessPeopleTable = TypedDict('AccessPeopleTable', {'name': str, 'description': str})
AccessPeopleNewName = TypedDict('AccessPeopleNewName', {'name': str, 'description': str})
AccessPeople = TypedDict('AccessPeople', {'table': AccessPeopleTable, 'new_name': AccessPeopleNewName})
AccessParkingText = TypedDict('AccessParkingText', {'name': str, 'description': str})
AccessParkingRaisedBy = TypedDict('AccessParkingRaisedBy', {'name': str, 'description': str})
AccessParkingTable = TypedDict('AccessParkingTable', {'name': str, 'description': str})
AccessParking = TypedDict('AccessParking', {'text': AccessParkingText, 'category': str, 'raised_by': AccessParkingRaisedBy, 'table': AccessParkingTable})
AccessSetup = TypedDict('AccessSetup', {'summary': str, 'impact': str, 'meeting_time': str})
AccessTimelineWords = TypedDict('AccessTimelineWords', {'name': str, 'description': str})
AccessTimelineTable = TypedDict('AccessTimelineTable', {'name': str, 'description': str})
AccessTimelineNewQuestion = TypedDict('AccessTimelineNewQuestion', {'name': str, 'description': str})
AccessTimeline = TypedDict('AccessTimeline', {'words': AccessTimelineWords, 'table': AccessTimelineTable, 'new_question': AccessTimelineNewQuestion})
AccessCommentsTable = TypedDict('AccessCommentsTable', {'name': str, 'description': str})
AccessComments = TypedDict('AccessComments', {'table': AccessCommentsTable})
AccessMeetingPanel = TypedDict('AccessMeetingPanel', {'name': str, 'description': str})
AccessMeetingJump = TypedDict('AccessMeetingJump', {'name': str, 'description': str})
AccessMeetingAsk = TypedDict('AccessMeetingAsk', {'name': str, 'description': str})
AccessMeetingKeyQuestions = TypedDict('AccessMeetingKeyQuestions', {'name': str, 'description': str})
AccessMeetingActions = TypedDict('AccessMeetingActions', {'name': str, 'description': str})
AccessMeeting = TypedDict('AccessMeeting', {'panel': AccessMeetingPanel, 'jump': AccessMeetingJump, 'ask': AccessMeetingAsk, 'key_questions': AccessMeetingKeyQuestions, 'actions': AccessMeetingActions})
AccessNotesTable = TypedDict('AccessNotesTable', {'name': str, 'description': str})
AccessNotesInput = TypedDict('AccessNotesInput', {'name': str, 'description': str})
AccessNotesSpeaker = TypedDict('AccessNotesSpeaker', {'name': str, 'description': str})
AccessNotes = TypedDict('AccessNotes', {'table': AccessNotesTable, 'input': AccessNotesInput, 'speaker': AccessNotesSpeaker})
AccessRecordBrowser = TypedDict('AccessRecordBrowser', {'name': str, 'description': str})
AccessRecord = TypedDict('AccessRecord', {'browser': AccessRecordBrowser})
AccessAnnounce = TypedDict('AccessAnnounce', {'phase': str, 'on_screen': str, 'moment_from': str, 'new_note': str, 'new_note_from': str})
AccessTexts = TypedDict('AccessTexts', {'library': AccessLibrary, 'people': AccessPeople, 'parking': AccessParking, 'setup': AccessSetup, 'timeline': AccessTimeline, 'comments': AccessComments, 'meeting': AccessMeeting, 'notes': AccessNotes, 'record': AccessRecord, 'announce': AccessAnnounce})


AppAbout = TypedDict('AppAbout', {'menu': str, 'title': str, 'heading': str, 'summary': str, 'licence': str, 'licence_unknown': str, 'data_heading': str, 'database': str, 'settings': str, 'logs': str, 'open_data': str, 'close': str})
AppCrash = TypedDict('AppCrash', {'title': str, 'text': str, 'where': str, 'going_on': str, 'typing_not_kept': str, 'unexpected': str, 'open_folder': str})
AppTexts = TypedDict('AppTexts', {'about': AppAbout, 'crash': AppCrash})


AttendanceTexts = TypedDict('AttendanceTexts', {'no_facilitator': str, 'facilitator_involved': str, 'no_note_taker': str, 'note_taker_is_facilitator': str, 'involved_not_invited': str, 'major_without_senior': str, 'client_without_contact': str, 'large_audience': str, 'outside_parties': str})


CommandsPlaces = TypedDict('CommandsPlaces', {'library': str, 'setup': str, 'timeline': str, 'meeting': str, 'parking': str, 'comments': str, 'review': str, 'notes': str, 'dialog': str})
CommandsMenus = TypedDict('CommandsMenus', {'file': str, 'edit': str, 'view': str, 'meeting': str, 'note': str, 'speaker': str, 'tag': str, 'notes_view': str})
CommandsHelp = TypedDict('CommandsHelp', {'title': str, 'help_menu': str, 'menu': str, 'menu_tip': str, 'filter': str, 'where': str, 'key': str, 'does': str, 'mac': str, 'changed': str, 'changed_row': str})
CommandsCommandsNewReview = TypedDict('CommandsCommandsNewReview', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsOpenReview = TypedDict('CommandsCommandsOpenReview', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsDuplicateReview = TypedDict('CommandsCommandsDuplicateReview', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsDeleteReview = TypedDict('CommandsCommandsDeleteReview', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsFind = TypedDict('CommandsCommandsFind', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsUndoRedo = TypedDict('CommandsCommandsUndoRedo', {'menu': str, 'redo': str, 'tip': str, 'does': str})
CommandsCommandsAddPerson = TypedDict('CommandsCommandsAddPerson', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsRemovePerson = TypedDict('CommandsCommandsRemovePerson', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsImportTimeline = TypedDict('CommandsCommandsImportTimeline', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsPasteEntries = TypedDict('CommandsCommandsPasteEntries', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsMarkEntry = TypedDict('CommandsCommandsMarkEntry', {'does': str})
CommandsCommandsMarkSilence = TypedDict('CommandsCommandsMarkSilence', {'does': str})
CommandsCommandsEditCell = TypedDict('CommandsCommandsEditCell', {'does': str})
CommandsCommandsAddEntry = TypedDict('CommandsCommandsAddEntry', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsDeleteEntry = TypedDict('CommandsCommandsDeleteEntry', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsFindEntries = TypedDict('CommandsCommandsFindEntries', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsStartPause = TypedDict('CommandsCommandsStartPause', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsResume = TypedDict('CommandsCommandsResume', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsRemoteNext = TypedDict('CommandsCommandsRemoteNext', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsRemotePrevious = TypedDict('CommandsCommandsRemotePrevious', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsBlackScreen = TypedDict('CommandsCommandsBlackScreen', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsTakeBreak = TypedDict('CommandsCommandsTakeBreak', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsEndMeeting = TypedDict('CommandsCommandsEndMeeting', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsNextPhase = TypedDict('CommandsCommandsNextPhase', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsPreviousPhase = TypedDict('CommandsCommandsPreviousPhase', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsNextMoment = TypedDict('CommandsCommandsNextMoment', {'does': str})
CommandsCommandsFirstLast = TypedDict('CommandsCommandsFirstLast', {'does': str})
CommandsCommandsJumpTo = TypedDict('CommandsCommandsJumpTo', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsMarkMoment = TypedDict('CommandsCommandsMarkMoment', {'does': str})
CommandsCommandsMoreQuestions = TypedDict('CommandsCommandsMoreQuestions', {'does': str})
CommandsCommandsHindsightShield = TypedDict('CommandsCommandsHindsightShield', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsAskQuestion = TypedDict('CommandsCommandsAskQuestion', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsKeyQuestions = TypedDict('CommandsCommandsKeyQuestions', {'does': str})
CommandsCommandsNotYet = TypedDict('CommandsCommandsNotYet', {'does': str})
CommandsCommandsHideTimer = TypedDict('CommandsCommandsHideTimer', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsZoomIn = TypedDict('CommandsCommandsZoomIn', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsZoomOut = TypedDict('CommandsCommandsZoomOut', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsZoomReset = TypedDict('CommandsCommandsZoomReset', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsEditAgenda = TypedDict('CommandsCommandsEditAgenda', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsEditOpening = TypedDict('CommandsCommandsEditOpening', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsHideNotes = TypedDict('CommandsCommandsHideNotes', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsEarlierSharedNotes = TypedDict('CommandsCommandsEarlierSharedNotes', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsLaterSharedNotes = TypedDict('CommandsCommandsLaterSharedNotes', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsOpenNotes = TypedDict('CommandsCommandsOpenNotes', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsShowNotHeard = TypedDict('CommandsCommandsShowNotHeard', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsFacilitatorCue = TypedDict('CommandsCommandsFacilitatorCue', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsPark = TypedDict('CommandsCommandsPark', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsParkedItem = TypedDict('CommandsCommandsParkedItem', {'does': str})
CommandsCommandsActionRows = TypedDict('CommandsCommandsActionRows', {'does': str})
CommandsCommandsNotYetAction = TypedDict('CommandsCommandsNotYetAction', {'does': str})
CommandsCommandsComments = TypedDict('CommandsCommandsComments', {'does': str})
CommandsCommandsPresenterSetup = TypedDict('CommandsCommandsPresenterSetup', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsExportFollowUps = TypedDict('CommandsCommandsExportFollowUps', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsShowTab = TypedDict('CommandsCommandsShowTab', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsExportPreread = TypedDict('CommandsCommandsExportPreread', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsExportRecord = TypedDict('CommandsCommandsExportRecord', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsPreviewRecord = TypedDict('CommandsCommandsPreviewRecord', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsShowLibrary = TypedDict('CommandsCommandsShowLibrary', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsDarkPalette = TypedDict('CommandsCommandsDarkPalette', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsAbout = TypedDict('CommandsCommandsAbout', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsKeysHelp = TypedDict('CommandsCommandsKeysHelp', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsCloseWindow = TypedDict('CommandsCommandsCloseWindow', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsQuitApp = TypedDict('CommandsCommandsQuitApp', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsKeepNote = TypedDict('CommandsCommandsKeepNote', {'does': str})
CommandsCommandsPickSpeaker = TypedDict('CommandsCommandsPickSpeaker', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsQuickSpeaker = TypedDict('CommandsCommandsQuickSpeaker', {'menu': str, 'nobody': str, 'tip': str, 'does': str})
CommandsCommandsNoteTag = TypedDict('CommandsCommandsNoteTag', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsPrivateNote = TypedDict('CommandsCommandsPrivateNote', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsNoteUnderNow = TypedDict('CommandsCommandsNoteUnderNow', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsParkNote = TypedDict('CommandsCommandsParkNote', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsEarlierNotes = TypedDict('CommandsCommandsEarlierNotes', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsMoveNote = TypedDict('CommandsCommandsMoveNote', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsDeleteNote = TypedDict('CommandsCommandsDeleteNote', {'menu': str, 'tip': str, 'does': str})
CommandsCommandsNotesUndoRedo = TypedDict('CommandsCommandsNotesUndoRedo', {'does': str})
CommandsCommandsEveryNote = TypedDict('CommandsCommandsEveryNote', {'does': str})
CommandsCommandsDialogSave = TypedDict('CommandsCommandsDialogSave', {'does': str})
CommandsCommands = TypedDict('CommandsCommands', {'new_review': CommandsCommandsNewReview, 'open_review': CommandsCommandsOpenReview, 'duplicate_review': CommandsCommandsDuplicateReview, 'delete_review': CommandsCommandsDeleteReview, 'find': CommandsCommandsFind, 'undo_redo': CommandsCommandsUndoRedo, 'add_person': CommandsCommandsAddPerson, 'remove_person': CommandsCommandsRemovePerson, 'import_timeline': CommandsCommandsImportTimeline, 'paste_entries': CommandsCommandsPasteEntries, 'mark_entry': CommandsCommandsMarkEntry, 'mark_silence': CommandsCommandsMarkSilence, 'edit_cell': CommandsCommandsEditCell, 'add_entry': CommandsCommandsAddEntry, 'delete_entry': CommandsCommandsDeleteEntry, 'find_entries': CommandsCommandsFindEntries, 'start_pause': CommandsCommandsStartPause, 'resume': CommandsCommandsResume, 'remote_next': CommandsCommandsRemoteNext, 'remote_previous': CommandsCommandsRemotePrevious, 'black_screen': CommandsCommandsBlackScreen, 'take_break': CommandsCommandsTakeBreak, 'end_meeting': CommandsCommandsEndMeeting, 'next_phase': CommandsCommandsNextPhase, 'previous_phase': CommandsCommandsPreviousPhase, 'next_moment': CommandsCommandsNextMoment, 'first_last': CommandsCommandsFirstLast, 'jump_to': CommandsCommandsJumpTo, 'mark_moment': CommandsCommandsMarkMoment, 'more_questions': CommandsCommandsMoreQuestions, 'hindsight_shield': CommandsCommandsHindsightShield, 'ask_question': CommandsCommandsAskQuestion, 'key_questions': CommandsCommandsKeyQuestions, 'not_yet': CommandsCommandsNotYet, 'hide_timer': CommandsCommandsHideTimer, 'zoom_in': CommandsCommandsZoomIn, 'zoom_out': CommandsCommandsZoomOut, 'zoom_reset': CommandsCommandsZoomReset, 'edit_agenda': CommandsCommandsEditAgenda, 'edit_opening': CommandsCommandsEditOpening, 'hide_notes': CommandsCommandsHideNotes, 'earlier_shared_notes': CommandsCommandsEarlierSharedNotes, 'later_shared_notes': CommandsCommandsLaterSharedNotes, 'open_notes': CommandsCommandsOpenNotes, 'show_not_heard': CommandsCommandsShowNotHeard, 'facilitator_cue': CommandsCommandsFacilitatorCue, 'park': CommandsCommandsPark, 'parked_item': CommandsCommandsParkedItem, 'action_rows': CommandsCommandsActionRows, 'not_yet_action': CommandsCommandsNotYetAction, 'comments': CommandsCommandsComments, 'presenter_setup': CommandsCommandsPresenterSetup, 'export_follow_ups': CommandsCommandsExportFollowUps, 'show_tab': CommandsCommandsShowTab, 'export_preread': CommandsCommandsExportPreread, 'export_record': CommandsCommandsExportRecord, 'preview_record': CommandsCommandsPreviewRecord, 'show_library': CommandsCommandsShowLibrary, 'dark_palette': CommandsCommandsDarkPalette, 'about': CommandsCommandsAbout, 'keys_help': CommandsCommandsKeysHelp, 'close_window': CommandsCommandsCloseWindow, 'quit_app': CommandsCommandsQuitApp, 'keep_note': CommandsCommandsKeepNote, 'pick_speaker': CommandsCommandsPickSpeaker, 'quick_speaker': CommandsCommandsQuickSpeaker, 'note_tag': CommandsCommandsNoteTag, 'private_note': CommandsCommandsPrivateNote, 'note_under_now': CommandsCommandsNoteUnderNow, 'park_note': CommandsCommandsParkNote, 'earlier_notes': CommandsCommandsEarlierNotes, 'move_note': CommandsCommandsMoveNote, 'delete_note': CommandsCommandsDeleteNote, 'notes_undo_redo': CommandsCommandsNotesUndoRedo, 'every_note': CommandsCommandsEveryNote, 'dialog_save': CommandsCommandsDialogSave})
CommandsTexts = TypedDict('CommandsTexts', {'places': CommandsPlaces, 'menus': CommandsMenus, 'help': CommandsHelp, 'commands': CommandsCommands})


DatesOutOfRange = TypedDict('DatesOutOfRange', {'incident': str, 'due': str})
DatesTexts = TypedDict('DatesTexts', {'weekdays': list[str], 'months': list[str], 'long_date': str, 'day_month': str, 'out_of_range': DatesOutOfRange})


ErrorsReview = TypedDict('ErrorsReview', {'no_reference': str, 'no_title': str, 'slot_out_of_range': str, 'not_a_time_zone': str})
ErrorsAgenda = TypedDict('ErrorsAgenda', {'under_a_minute': str, 'too_little_left': str, 'budget_missing': str, 'wrong_total': str})
ErrorsActions = TypedDict('ErrorsActions', {'no_title': str, 'no_owner': str})
ErrorsNotes = TypedDict('ErrorsNotes', {'empty': str})
ErrorsParking = TypedDict('ErrorsParking', {'no_words': str, 'time_without_offset': str, 'no_reason': str})
ErrorsComments = TypedDict('ErrorsComments', {'no_words': str, 'blank_author': str})
ErrorsTexts = TypedDict('ErrorsTexts', {'review': ErrorsReview, 'agenda': ErrorsAgenda, 'actions': ErrorsActions, 'notes': ErrorsNotes, 'parking': ErrorsParking, 'comments': ErrorsComments})


ExportingRecord = TypedDict('ExportingRecord', {'where_title': str, 'file_kind': str, 'written_title': str, 'written': str, 'left_alone': str, 'open_folder': str, 'no_folder': str, 'writing': str, 'written_to': str, 'written_to_instead': str, 'not_written': str, 'failed_title': str, 'failed': str})
ExportingPreview = TypedDict('ExportingPreview', {'title': str, 'preparing': str, 'ready': str, 'failed': str})
ExportingSavingPreread = TypedDict('ExportingSavingPreread', {'where_title': str, 'no_folder': str, 'written': str, 'failed_title': str, 'failed': str, 'file_kind': str})
ExportingSavingFollowUpsKinds = TypedDict('ExportingSavingFollowUpsKinds', {'csv': str, 'jira': str, 'linear': str, 'gitlab': str, 'github': str, 'incident_io': str, 'json': str})
ExportingSavingFollowUps = TypedDict('ExportingSavingFollowUps', {'where_title': str, 'no_folder': str, 'written': str, 'failed_title': str, 'failed': str, 'kinds': ExportingSavingFollowUpsKinds})
ExportingSaving = TypedDict('ExportingSaving', {'preread': ExportingSavingPreread, 'follow_ups': ExportingSavingFollowUps})
ExportingTexts = TypedDict('ExportingTexts', {'record': ExportingRecord, 'preview': ExportingPreview, 'saving': ExportingSaving})


ImportingPreview = TypedDict('ImportingPreview', {'title': str, 'file': str, 'pasted': str, 'reading': str, 'storing': str, 'counts': str, 'entry': str, 'entries': str, 'skipped_none': str, 'placing': str, 'placing_zone': str, 'placing_hint': str, 'ambiguous': str, 'answer': str, 'entries_heading': str, 'skipped_heading': str, 'problem': str, 'import': str, 'import_nothing': str, 'cancel': str, 'keys': str})
ImportingColumns = TypedDict('ImportingColumns', {'time': str, 'who': str, 'what': str, 'where': str, 'why': str})
ImportingPanel = TypedDict('ImportingPanel', {'added': str, 'again': str, 'entry': str, 'entries': str, 'skipped': str, 'nothing': str, 'cancelled': str})
ImportingFileDialog = TypedDict('ImportingFileDialog', {'title': str, 'filter': str})
ImportingPasted = TypedDict('ImportingPasted', {'no_times': str})
ImportingTexts = TypedDict('ImportingTexts', {'preview': ImportingPreview, 'columns': ImportingColumns, 'panel': ImportingPanel, 'file_dialog': ImportingFileDialog, 'pasted': ImportingPasted})


LibraryWindow = TypedDict('LibraryWindow', {'title': str, 'toolbar': str, 'filter': str, 'empty': str, 'deleted': str, 'restored': str, 'duplicated': str})
LibraryDelete = TypedDict('LibraryDelete', {'title': str, 'question': str, 'undo': str, 'delete': str})
LibraryNewReview = TypedDict('LibraryNewReview', {'title': str, 'create': str, 'ref': str, 'ref_hint': str, 'title_field': str, 'title_hint': str})
LibraryColumns = TypedDict('LibraryColumns', {'incident': str, 'title': str, 'date': str, 'state': str, 'major': str})
LibraryStates = TypedDict('LibraryStates', {'preparing': str, 'in_meeting': str, 'held': str})
LibraryTeamServer = TypedDict('LibraryTeamServer', {'menu_connect': str, 'tip_connect': str, 'menu_local': str, 'tip_local': str, 'title': str, 'address': str, 'hint': str, 'explain': str, 'connect': str, 'trying': str, 'failed': str, 'password': str, 'not_an_address': str})
LibraryUndo = TypedDict('LibraryUndo', {'delete': str})
LibraryTexts = TypedDict('LibraryTexts', {'window': LibraryWindow, 'delete': LibraryDelete, 'new_review': LibraryNewReview, 'columns': LibraryColumns, 'states': LibraryStates, 'team_server': LibraryTeamServer, 'undo': LibraryUndo})


MeetingOpening = TypedDict('MeetingOpening', {'title': str, 'text': str, 'prime_directive': str, 'prime_directive_by': str})
MeetingKeyQuestionsQuestionsItem = TypedDict('MeetingKeyQuestionsQuestionsItem', {'key': str, 'text': str})
MeetingKeyQuestions = TypedDict('MeetingKeyQuestions', {'title': str, 'hint': str, 'questions': list[MeetingKeyQuestionsQuestionsItem]})
MeetingActions = TypedDict('MeetingActions', {'title': str, 'hint': str, 'empty': str})
MeetingClose = TypedDict('MeetingClose', {'title': str, 'pulse_learned': str, 'pulse_would_return': str, 'comments': str, 'thanks': str, 'not_counted': str})
MeetingTimerCaptions = TypedDict('MeetingTimerCaptions', {'phase': str, 'phase_left': str, 'slot_left': str, 'on_prompt': str})
MeetingTimer = TypedDict('MeetingTimer', {'on_break': str, 'ended': str, 'phase_over': str, 'time_check': str, 'suggested': str, 'not_started': str, 'running': str, 'paused': str, 'captions': MeetingTimerCaptions})
MeetingTimes = TypedDict('MeetingTimes', {'date_only': str})
MeetingBreak = TypedDict('MeetingBreak', {'title': str, 'since': str, 'back': str})
MeetingHindsight = TypedDict('MeetingHindsight', {'hidden_one': str, 'hidden': str, 'shown': str})
MeetingPresenter = TypedDict('MeetingPresenter', {'title': str, 'intro': str, 'room': str, 'own': str, 'no_other': str, 'one_screen': str, 'window_only': str, 'this_screen': str, 'call_guidance': str, 'warn_title': str, 'warn_text': str, 'warn_show': str, 'warn_window_only': str, 'warn_keep': str})
MeetingZoom = TypedDict('MeetingZoom', {'no_room': str})
MeetingCue = TypedDict('MeetingCue', {'note': str, 'comment': str})
MeetingWalkThrough = TypedDict('MeetingWalkThrough', {'marked_only': str, 'on_screen': str, 'no_match': str, 'progress': str, 'jump_hint': str, 'ask_hint': str, 'moment': str, 'marked_one': str, 'marked': str})
MeetingCard = TypedDict('MeetingCard', {'nothing_marked': str, 'not_a_moment': str, 'question_span_one': str, 'question_span': str, 'more_questions': str})
MeetingLeaving = TypedDict('MeetingLeaving', {'title': str, 'question': str, 'question_one': str})
MeetingAgendaDialog = TypedDict('MeetingAgendaDialog', {'title': str, 'minutes_suffix': str, 'balanced': str, 'defaults': str, 'total': str, 'capped_high': str, 'capped_low': str})
MeetingOpeningEditor = TypedDict('MeetingOpeningEditor', {'title': str, 'label': str, 'default': str})
MeetingUndo = TypedDict('MeetingUndo', {'ask': str, 'mark': str, 'answer': str, 'park': str, 'key_question_action': str})
MeetingTexts = TypedDict('MeetingTexts', {'phases': dict[str, str], 'opening': MeetingOpening, 'key_questions': MeetingKeyQuestions, 'actions': MeetingActions, 'close': MeetingClose, 'timer': MeetingTimer, 'times': MeetingTimes, 'break': MeetingBreak, 'hindsight': MeetingHindsight, 'presenter': MeetingPresenter, 'zoom': MeetingZoom, 'cue': MeetingCue, 'walk_through': MeetingWalkThrough, 'card': MeetingCard, 'leaving': MeetingLeaving, 'agenda_dialog': MeetingAgendaDialog, 'opening_editor': MeetingOpeningEditor, 'undo': MeetingUndo})


NotesWindow = TypedDict('NotesWindow', {'title': str, 'placeholder': str, 'keys': str, 'on_screen': str, 'not_started': str, 'on_break': str, 'ended': str, 'into_meeting': str, 'paused': str, 'when_tip': str, 'no_prompt': str, 'under_prompt': str, 'every_note': str, 'all_notes': str, 'parked': str, 'nothing_to_park': str, 'private_not_parked': str, 'undone': str, 'redone': str, 'none_here': str, 'draft_back': str, 'speaker': str, 'speaker_hint': str, 'private': str, 'moved': str, 'tag_tip': str, 'moved_on': str, 'now_here': str, 'already_here': str})
NotesNotHeard = TypedDict('NotesNotHeard', {'title': str, 'everyone': str, 'caption': str})
NotesColumns = TypedDict('NotesColumns', {'when': str, 'who': str, 'tag': str, 'note': str, 'filed_under': str})
NotesMoreOnScreen = TypedDict('NotesMoreOnScreen', {'one': str, 'many': str, 'earlier': str, 'later': str, 'joined': str, 'line': str})
NotesUndo = TypedDict('NotesUndo', {'edit': str, 'speaker': str, 'tag': str, 'privacy': str, 'move': str, 'delete': str})
NotesPhaseOnScreen = TypedDict('NotesPhaseOnScreen', {'opening': str, 'key_questions': str, 'actions': str, 'close': str})
NotesTexts = TypedDict('NotesTexts', {'tags': dict[str, str], 'tag_hints': dict[str, str], 'window': NotesWindow, 'not_heard': NotesNotHeard, 'columns': NotesColumns, 'more_on_screen': NotesMoreOnScreen, 'undo': NotesUndo, 'phase_on_screen': NotesPhaseOnScreen})


OwnWordingNotice = TypedDict('OwnWordingNotice', {'title': str, 'intro': str, 'more': str})
OwnWordingProblems = TypedDict('OwnWordingProblems', {'unknown_file': str, 'unreadable': str, 'not_text': str, 'unknown_key': str, 'wrong_type': str, 'unknown_placeholder': str, 'lone_brace': str, 'dropped_placeholder': str, 'nothing': str})
OwnWordingKinds = TypedDict('OwnWordingKinds', {'table': str, 'sentence': str, 'list': str, 'number': str, 'yes_no': str, 'date': str})
OwnWordingTexts = TypedDict('OwnWordingTexts', {'notice': OwnWordingNotice, 'problems': OwnWordingProblems, 'kinds': OwnWordingKinds})


ParkingWalk = TypedDict('ParkingWalk', {'title': str, 'actions_label': str, 'keys': str, 'all_decided': str, 'category_fixed': str, 'has_action': str, 'waiting': str, 'waiting_one': str, 'about_three': str, 'not_yet': str})
ParkingComments = TypedDict('ParkingComments', {'anonymous': str, 'intro': str, 'show_senders': str, 'comment': str, 'text_hint': str, 'sender': str, 'sender_hint': str, 'anonymous_box': str, 'via': str, 'via_hint': str, 'about': str, 'add': str, 'import': str, 'imported': str, 'imported_one': str, 'import_failed': str, 'added': str, 'added_anonymous': str, 'no_address': str, 'import_title': str, 'import_filter': str})
ParkingDue = TypedDict('ParkingDue', {'name': str, 'placeholder': str, 'none': str, 'not_yet_a_date': str, 'out_of_range': str, 'not_a_date': str, 'calendar': str, 'calendar_tip': str})
ParkingDrop = TypedDict('ParkingDrop', {'title': str, 'question': str, 'placeholder': str, 'drop': str})
ParkingActionDialog = TypedDict('ParkingActionDialog', {'title': str, 'title_field': str, 'owner': str, 'owner_hint': str, 'due': str, 'priority': str, 'tracker': str, 'tracker_hint': str, 'description': str, 'isms': str, 'for_key_question': str, 'high': str, 'medium': str, 'low': str})
ParkingParkedColumns = TypedDict('ParkingParkedColumns', {'parked': str, 'category': str, 'raised_by': str, 'fate': str})
ParkingCommentColumns = TypedDict('ParkingCommentColumns', {'comment': str, 'sender': str, 'about': str, 'received': str, 'whole_review': str})
ParkingUndo = TypedDict('ParkingUndo', {'fate': str, 'category': str, 'edit_action': str, 'add_action': str, 'remove_action': str, 'ranking': str, 'add_comment': str, 'import_comments': str, 'remove_comment': str})
ParkingTexts = TypedDict('ParkingTexts', {'categories': dict[str, str], 'fates': dict[str, str], 'panel': dict[str, str], 'walk': ParkingWalk, 'comments': ParkingComments, 'due': ParkingDue, 'drop': ParkingDrop, 'action_dialog': ParkingActionDialog, 'parked_columns': ParkingParkedColumns, 'comment_columns': ParkingCommentColumns, 'undo': ParkingUndo})


PrereadFacts = TypedDict('PrereadFacts', {'incident': str, 'date': str, 'severity': str, 'major': str, 'client': str, 'timezone': str, 'when': str, 'time': str, 'slot': str, 'minutes': str, 'place': str, 'link': str})
PrereadSummary = TypedDict('PrereadSummary', {'heading': str, 'impact_heading': str})
PrereadHow = TypedDict('PrereadHow', {'heading': str, 'paragraphs': list[str], 'facilitator_named': str, 'facilitator_unnamed': str})
PrereadPeople = TypedDict('PrereadPeople', {'heading': str, 'nobody': str, 'facilitator': str, 'note_taker': str})
PrereadTimeline = TypedDict('PrereadTimeline', {'heading': str, 'zone': str, 'moments': str, 'no_moments': str, 'empty': str, 'flag': str, 'date_only': str})
PrereadTexts = TypedDict('PrereadTexts', {'heading': str, 'intro': str, 'facts': PrereadFacts, 'summary': PrereadSummary, 'how': PrereadHow, 'people': PrereadPeople, 'roles': dict[str, str], 'timeline': PrereadTimeline})


QuestionsKinds = TypedDict('QuestionsKinds', {'label': str, 'hint': str, 'questions': list[str]})
QuestionsGeneral = TypedDict('QuestionsGeneral', {'label': str, 'questions': list[str]})
QuestionsTexts = TypedDict('QuestionsTexts', {'kinds': dict[str, QuestionsKinds], 'general': QuestionsGeneral})


RecordSummary = TypedDict('RecordSummary', {'heading': str, 'impact_heading': str, 'heading_both': str, 'none': str, 'no_summary': str, 'no_impact': str})
RecordIncident = TypedDict('RecordIncident', {'heading': str, 'incident': str, 'title': str, 'date': str, 'severity': str, 'major': str, 'client': str, 'held': str, 'length': str, 'length_value': str, 'slot': str, 'slot_value': str, 'recording': str, 'no_recording': str})
RecordPeople = TypedDict('RecordPeople', {'heading': str, 'name': str, 'role': str, 'involved': str, 'attendance': str, 'yes': str, 'no': str, 'hosts': str, 'nobody': str, 'nobody_invited': str, 'attendance_words': dict[str, str], 'roles': dict[str, str], 'hosting': dict[str, str]})
RecordOpening = TypedDict('RecordOpening', {'heading': str, 'intro': str, 'prime_directive': str, 'intro_before': str, 'prime_directive_before': str, 'notes': str})
RecordTimeline = TypedDict('RecordTimeline', {'heading': str, 'zone': str, 'moments': str, 'moments_before': str, 'no_moments': str, 'empty': str, 'flag': str, 'date_only': str, 'on_screen': str, 'not_reached': str, 'more': str, 'from': str, 'and_others': str, 'notes': str})
RecordKeyQuestions = TypedDict('RecordKeyQuestions', {'heading': str, 'covered': str, 'not_reached': str, 'answer': str, 'notes': str, 'answers': dict[str, str]})
RecordComments = TypedDict('RecordComments', {'heading': str, 'none': str, 'anonymous': str, 'via': str, 'received': str, 'about': str})
RecordParking = TypedDict('RecordParking', {'heading': str, 'intro': str, 'none': str, 'item': str, 'raised_by': str, 'category': str, 'fate': str, 'no_fate': str, 'dropped': str})
RecordActions = TypedDict('RecordActions', {'heading': str, 'none': str, 'rank': str, 'action': str, 'owner': str, 'due': str, 'priority': str, 'tracker': str, 'isms': str, 'isms_yes': str, 'isms_no': str, 'too_many': str, 'notes': str, 'priorities': dict[str, str]})
RecordTimings = TypedDict('RecordTimings', {'heading': str, 'none': str, 'phase': str, 'budget': str, 'spent': str, 'difference': str, 'over': str, 'under': str, 'on_time': str, 'not_reached': str, 'total': str, 'breaks': str})
RecordClose = TypedDict('RecordClose', {'heading': str, 'learned': str, 'would_return': str, 'not_counted': str, 'people': str, 'one_person': str, 'notes': str})
RecordOther = TypedDict('RecordOther', {'heading': str, 'intro': str})
RecordPlaces = TypedDict('RecordPlaces', {'entry': str, 'on_day': str, 'opening': str, 'timeline': str, 'key_questions': str, 'actions': str, 'close': str})
RecordTexts = TypedDict('RecordTexts', {'heading': str, 'intro': str, 'not_started': str, 'still_running': str, 'summary': RecordSummary, 'units': dict[str, str], 'incident': RecordIncident, 'people': RecordPeople, 'opening': RecordOpening, 'timeline': RecordTimeline, 'key_questions': RecordKeyQuestions, 'perspectives': dict[str, str], 'comments': RecordComments, 'parking': RecordParking, 'actions': RecordActions, 'timings': RecordTimings, 'close': RecordClose, 'other': RecordOther, 'places': RecordPlaces})


SetupWindow = TypedDict('SetupWindow', {'title': str})
SetupTabs = TypedDict('SetupTabs', {'setup': str, 'timeline': str, 'meeting_view': str, 'comments': str})
SetupSetup = TypedDict('SetupSetup', {'incident': str, 'guidance': str, 'people': str, 'all_clear': str, 'timeline_summary': str})
SetupFindings = TypedDict('SetupFindings', {'advice': str, 'note': str, 'line': str})
SetupForm = TypedDict('SetupForm', {'ref_hint': str, 'title_hint': str, 'severity_hint': str, 'major': str, 'client_hint': str, 'folder_hint': str, 'choose': str, 'recording_hint': str, 'summary_hint': str, 'impact_hint': str, 'place_hint': str, 'link_hint': str, 'date_hint': str, 'time_hint': str, 'not_a_date': str, 'not_a_meeting_date': str, 'not_a_time': str, 'minutes_suffix': str, 'folder_dialog': str, 'at': str, 'ref': str, 'title': str, 'date': str, 'severity': str, 'client': str, 'folder': str, 'recording': str, 'slot': str, 'zone': str, 'meeting': str, 'place': str, 'link': str, 'summary': str, 'impact': str})
SetupPeople = TypedDict('SetupPeople', {'new_name': str, 'add': str, 'remove': str, 'facilitator': str, 'note_taker': str, 'nobody': str})
SetupPeopleColumns = TypedDict('SetupPeopleColumns', {'name': str, 'role': str, 'involved': str, 'attendance': str, 'duty': str})
SetupPeopleValuesRoles = TypedDict('SetupPeopleValuesRoles', {'responder': str, 'client_contact': str, 'tech_team': str, 'senior_staff': str, 'other': str})
SetupPeopleValuesAttendance = TypedDict('SetupPeopleValuesAttendance', {'not_invited': str, 'invited': str, 'present': str, 'apologies': str})
SetupPeopleValues = TypedDict('SetupPeopleValues', {'yes': str, 'no': str, 'facilitator': str, 'note_taker': str, 'roles': SetupPeopleValuesRoles, 'attendance': SetupPeopleValuesAttendance})
SetupUndo = TypedDict('SetupUndo', {'remove_person': str})
SetupTexts = TypedDict('SetupTexts', {'window': SetupWindow, 'tabs': SetupTabs, 'setup': SetupSetup, 'findings': SetupFindings, 'form': SetupForm, 'people': SetupPeople, 'people_columns': SetupPeopleColumns, 'people_values': SetupPeopleValues, 'undo': SetupUndo})


TimelinePanel = TypedDict('TimelinePanel', {'marked_only': str, 'filter': str, 'mark_keys': str, 'new_entry': str, 'deleted': str, 'empty_clipboard': str})
TimelineEdits = TypedDict('TimelineEdits', {'not_a_time': str, 'digit_in_time': str, 'needs_words': str})
TimelineDetails = TypedDict('TimelineDetails', {'none_selected': str, 'detail': str, 'detail_hint': str, 'prep_note': str, 'prep_note_hint': str, 'questions': str, 'question_hint': str, 'add_question': str, 'remove_question': str})
TimelineColumns = TypedDict('TimelineColumns', {'time': str, 'who': str, 'what': str, 'moment': str, 'on_screen': str})
TimelineQuiet = TypedDict('TimelineQuiet', {'row': str, 'span': str, 'tooltip': str, 'entry': str})
TimelineUndo = TypedDict('TimelineUndo', {'edit': str, 'add': str, 'delete': str})
TimelineTexts = TypedDict('TimelineTexts', {'panel': TimelinePanel, 'edits': TimelineEdits, 'details': TimelineDetails, 'columns': TimelineColumns, 'quiet': TimelineQuiet, 'undo': TimelineUndo})


WaitingTexts = TypedDict('WaitingTexts', {'one_note': str, 'notes': str, 'one_change': str, 'changes': str, 'problem': str, 'tip': str, 'note_waiting': str, 'note_tip': str, 'still_waiting': str, 'refused': str, 'a_change': str, 'review_waits': str, 'copy_waits': str, 'import_waits': str, 'offline': str, 'offline_one_note': str, 'offline_notes': str, 'offline_one_change': str, 'offline_changes': str, 'offline_tip': str, 'unanswered': str, 'unanswered_one_note': str, 'unanswered_notes': str, 'unanswered_one_change': str, 'unanswered_changes': str, 'note_taker_away': str, 'note_taker_away_tip': str, 'note_taker_back': str})


WordingSomeone = TypedDict('WordingSomeone', {'pronouns': list[str], 'determiners': list[str], 'roles': list[str], 'acts': list[str]})
WordingRulesItem = TypedDict('WordingRulesItem', {'name': str, 'phrases': list[str], 'hint': str, 'rephrase': str})
WordingTexts = TypedDict('WordingTexts', {'someone': WordingSomeone, 'rules': list[WordingRulesItem]})


class Texts(Protocol):
    """content.texts, typed by the name of the file."""

    @overload
    def __call__(self, name: Literal['access']) -> AccessTexts: ...

    @overload
    def __call__(self, name: Literal['app']) -> AppTexts: ...

    @overload
    def __call__(self, name: Literal['attendance']) -> AttendanceTexts: ...

    @overload
    def __call__(self, name: Literal['commands']) -> CommandsTexts: ...

    @overload
    def __call__(self, name: Literal['dates']) -> DatesTexts: ...

    @overload
    def __call__(self, name: Literal['errors']) -> ErrorsTexts: ...

    @overload
    def __call__(self, name: Literal['exporting']) -> ExportingTexts: ...

    @overload
    def __call__(self, name: Literal['importing']) -> ImportingTexts: ...

    @overload
    def __call__(self, name: Literal['library']) -> LibraryTexts: ...

    @overload
    def __call__(self, name: Literal['meeting']) -> MeetingTexts: ...

    @overload
    def __call__(self, name: Literal['notes']) -> NotesTexts: ...

    @overload
    def __call__(self, name: Literal['own_wording']) -> OwnWordingTexts: ...

    @overload
    def __call__(self, name: Literal['parking']) -> ParkingTexts: ...

    @overload
    def __call__(self, name: Literal['preread']) -> PrereadTexts: ...

    @overload
    def __call__(self, name: Literal['questions']) -> QuestionsTexts: ...

    @overload
    def __call__(self, name: Literal['record']) -> RecordTexts: ...

    @overload
    def __call__(self, name: Literal['setup']) -> SetupTexts: ...

    @overload
    def __call__(self, name: Literal['timeline']) -> TimelineTexts: ...

    @overload
    def __call__(self, name: Literal['waiting']) -> WaitingTexts: ...

    @overload
    def __call__(self, name: Literal['wording']) -> WordingTexts: ...
