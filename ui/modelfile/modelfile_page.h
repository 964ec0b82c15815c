#pragma once

#include <QMessageBox>

#include <functional>

#include "core/modelfile/text_encoding.h"
#include "ui/modelfile/modelfile_editor.h" // editor() returns it
#include "ui/shell/page.h"

class QLabel;
class QListWidget;
class QToolButton;

namespace md {
namespace ui {

class Banner;
class LiveValidator;
class TemplatePlanPane;
struct FillProposal;

// The Modelfile editor: open, edit and save Modelfiles, with a guard that
// never lets unsaved changes be lost silently; highlighting, completion,
// diagnostics as you type (underlines, gutter markers and a clickable list),
// template presets that insert TEMPLATE with its stop parameters, and the
// pane "What Ollama X.Y will do" beside the text. Files keep their encoding
// (UTF-8, or UTF-16 / UTF-8 with a BOM, read as Ollama reads them).
class ModelfilePage : public Page {
  Q_OBJECT
public:
  explicit ModelfilePage(QWidget* parent = nullptr);

  QString title() const override { return tr("Modelfile"); }
  QString iconName() const override { return QStringLiteral("modelfile"); }
  void receiveDrop(const DropDecision& decision) override;

  bool openFile(const QString& path); // asks about unsaved changes first
  // Opens text that has no file yet (e.g. an Ollama model's Modelfile), as
  // unsaved changes; Save As suggests `suggestedName`. Asks about unsaved
  // changes first; false when the user cancelled.
  bool openText(const QString& text, const QString& suggestedName);
  bool save();
  bool saveAs();
  void newFile();
  // Returns true when it is fine to discard the buffer: nothing changed, or
  // the user saved or chose to discard. False means "cancel the action".
  bool maybeSave();

  QString filePath() const { return path_; }
  // The open file's encoding, kept on save (new text is UTF-8).
  md::modelfile::TextEncoding encoding() const { return encoding_; }
  bool isModified() const;

  // Tests replace the Save/Discard/Cancel question.
  using UnsavedPrompt = std::function<QMessageBox::StandardButton()>;
  void setUnsavedChangesPrompt(UnsavedPrompt prompt) { prompt_ = std::move(prompt); }
  // Tests replace Fill's "Remove the TEMPLATE?" question (Yes removes it).
  using RemoveTemplatePrompt = std::function<QMessageBox::StandardButton(const QString& question)>;
  void setRemoveTemplatePrompt(RemoveTemplatePrompt prompt) { removeTemplatePrompt_ = std::move(prompt); }
  // The Ollama server "Create in Ollama…" creates on and the plan asks for
  // its version (empty: OLLAMA_HOST).
  void setOllamaHost(const QString& url);
  QString ollamaHost() const { return ollamaHost_; }

  // Replaces the TEMPLATE and stop lines with a preset's (core presets by id:
  // "chatml", "llama3", …). False, with the reason in the banner, when the
  // Modelfile does not parse.
  bool insertTemplatePreset(const QString& presetId);
  // Plans on the job pool for the pane's version: writes the suggested
  // TEMPLATE and stop lines when that version needs a TEMPLATE, offers to
  // remove a TEMPLATE that takes capabilities away, else says why nothing is
  // needed (in the banner).
  void fillFromGguf();
  // Adds FROM lines for GGUF files (a projector gets a commented second one).
  void addGgufFiles(const QStringList& paths);
  bool isSettled() const override;

  // Saves first when needed, asks first when the Modelfile has errors, then
  // emits createInOllamaRequested(path). Returns false when the user
  // cancelled the save.
  bool requestCreateInOllama();

Q_SIGNALS:
  // A Fill from GGUF or GGUF drop finished (with the banner updated).
  void ggufAssistFinished(bool ok);
  // Hook for "Create in Ollama" (wired by the Ollama create flow): emitted
  // with the saved Modelfile's path when the user asks to create the model.
  void createInOllamaRequested(const QString& modelfilePath);
  // "Show in Models" after a successful create (for the Models page's Ollama tab).
  void showOllamaModelRequested(const QString& modelName);

protected:
  void retranslate() override;

private:
  bool writeTo(const QString& path);
  void updateFileLabel();
  void buildPresetMenu();
  void revalidateNow();
  void showDiagnostics(const QVector<EditorDiagnostic>& diagnostics);
  void replaceTextUndoably(const QString& text);
  void fillRecentMenu();
  QString modelfileDir() const;
  void openCreateDialog(const QString& modelfilePath);
  bool applyFill(const FillProposal& proposal);

  ModelfileEditor* editor_ = nullptr;
  QListWidget* diagnosticsList_ = nullptr;
  LiveValidator* validator_ = nullptr;
  Banner* banner_ = nullptr;
  QToolButton* presetButton_ = nullptr;
  QToolButton* fillButton_ = nullptr;
  QToolButton* recentButton_ = nullptr;
  QLabel* fileLabel_ = nullptr;
  QToolButton* newButton_ = nullptr;
  QToolButton* openButton_ = nullptr;
  QToolButton* saveButton_ = nullptr;
  QToolButton* saveAsButton_ = nullptr;
  QToolButton* createButton_ = nullptr;
  TemplatePlanPane* planPane_ = nullptr;
  QString path_;
  QString suggestedName_;
  md::modelfile::TextEncoding encoding_ = md::modelfile::TextEncoding::Utf8;
  UnsavedPrompt prompt_;
  RemoveTemplatePrompt removeTemplatePrompt_;
  QString ollamaHost_;
};

} // namespace ui
} // namespace md
