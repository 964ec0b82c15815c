#pragma once
// The GGUF metadata as a lazy tree: one row per key, and for an array its
// count and first items. Array elements are materialised a page at a time
// (loadMore(), which the inspector calls on expanding and on a click on the
// "Load more" row), so a 150,000-string vocabulary costs nothing until
// someone asks. canFetchMore() stays false on purpose: QTreeView would
// otherwise fetch page after page on every relayout.

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace md::gguf {
struct GgufFile;
struct Value;
} // namespace md::gguf

namespace md {
namespace ui {

class GgufMetadataModel : public QAbstractItemModel {
  Q_OBJECT
public:
  enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
  enum Roles { IsLoadMoreRole = Qt::UserRole + 1 };
  static constexpr int kPageSize = 100;

  explicit GgufMetadataModel(QObject* parent = nullptr);
  ~GgufMetadataModel() override;

  void setFile(std::shared_ptr<const gguf::GgufFile> file);
  // Shows only the keys (or scalar values) that contain `text`, ignoring case.
  void setFilterText(const QString& text);
  QString filterText() const { return filter_; }

  // The top-level row of `key` among the visible rows, or an invalid index.
  QModelIndex indexOfKey(const QString& key) const;
  bool isLoadMoreRow(const QModelIndex& index) const;
  // True while the array at `parent` has elements not yet materialised.
  bool hasMore(const QModelIndex& parent) const;
  // Materialises the next kPageSize elements of the array at `parent`.
  void loadMore(const QModelIndex& parent);

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  bool hasChildren(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
  struct Node;
  Node* nodeOf(const QModelIndex& index) const;
  void rebuildVisible();

  std::shared_ptr<const gguf::GgufFile> file_;
  std::vector<std::unique_ptr<Node>> roots_; // one per key, in file order
  std::vector<Node*> visible_;               // the roots that pass the filter
  QString filter_;
};

} // namespace ui
} // namespace md
