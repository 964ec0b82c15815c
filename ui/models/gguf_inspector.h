#pragma once
// The GGUF inspector: reads a file's header on the job pool and shows a
// summary card (role badges, facts, quant mix), the memory estimate with a
// context slider, a searchable lazy metadata tree, a sortable tensor table
// and the chat template (with the family Ollama detects in it and its
// capabilities). Errors appear in its banner with the byte offset.

#include <QWidget>

#include <memory>
#include <optional>

#include "core/gguf/summary.h"
#include "core/templates/capabilities.h"
#include "core/templates/reference_templates.h"
#include "core/util/result.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace md {
namespace ui {

class Banner;
class GgufMemoryPanel;
class GgufMetadataModel;
class GgufSummaryCard;
class GgufTensorModel;

class GgufInspector : public QWidget {
  Q_OBJECT
public:
  explicit GgufInspector(QWidget* parent = nullptr);
  ~GgufInspector() override;

  // Starts reading `path` on the job pool; loaded() or failed() follows.
  void open(const QString& path);
  QString path() const { return path_; }
  bool isLoading() const { return loading_; }
  bool hasFile() const { return file_ != nullptr; }
  const gguf::Summary& summary() const { return summary_; }

Q_SIGNALS:
  void loaded();
  void failed();

protected:
  void changeEvent(QEvent* event) override;

private:
  struct Inspection;
  struct ChatTemplateFacts {
    std::optional<md::templates::DetectedTemplate> detected;
    md::templates::TemplateTraits traits;
  };
  void showChatTemplateFacts();
  void showInspection(Inspection inspection);
  void showFailure(const md::Error& error);
  void retranslate();
  QWidget* buildMetadataTab();
  QWidget* buildTensorTab();

  QString path_;
  bool loading_ = false;
  quint64 generation_ = 0;
  std::shared_ptr<const gguf::GgufFile> file_;
  gguf::Summary summary_;

  Banner* banner_ = nullptr;
  QLabel* status_ = nullptr;
  QWidget* content_ = nullptr;
  GgufSummaryCard* card_ = nullptr;
  QLabel* memoryHeading_ = nullptr;
  GgufMemoryPanel* memory_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  GgufMetadataModel* metadata_ = nullptr;
  QTreeView* metadataView_ = nullptr;
  QLineEdit* metadataSearch_ = nullptr;
  GgufTensorModel* tensors_ = nullptr;
  QSortFilterProxyModel* tensorProxy_ = nullptr;
  QTableView* tensorView_ = nullptr;
  QLineEdit* tensorSearch_ = nullptr;
  QPlainTextEdit* chatTemplate_ = nullptr;
  QLabel* chatTemplateFacts_ = nullptr;
  ChatTemplateFacts chatTemplateFactsData_;
};

} // namespace ui
} // namespace md
