// The app's own commands get generated `allow-<command>` permissions, so the capability in
// capabilities/default.json lists exactly which commands the window may call (instead of
// Tauri's default of allowing every registered command).
const COMMANDS: &[&str] = &[
    "library_stats",
    "list_articles",
    "get_article",
    "search_articles",
    "import_paths",
    "delete_article",
    "remove_samples",
    "set_article_date",
    "article_extraction",
    "list_documents",
    "list_directives",
    "list_events",
    "reextract_all",
    "directive_detail",
    "update_directive",
    "confirm_directive",
    "reject_directive",
    "restore_directive",
    "review_queue",
    "add_directive",
    "add_task",
    "update_task",
    "move_task",
    "delete_task",
    "undo_last",
    "upcoming",
    "document_page",
    "timeline",
    "list_tags",
    "get_preferences",
    "set_preferences",
    "take_due_alerts",
    "briefing",
    "export_briefing",
];

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS))).expect("failed to run tauri-build");
}
