// The GGUF inspector on real fixture files (written through core's writer):
// badges and facts, the lazy metadata tree, tensor sorting, errors with byte
// offsets, and a 150k vocabulary that opens without stalling the event loop.
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"
#include "ui/models/gguf_inspector.h"
#include "ui/models/gguf_memory_panel.h"
#include "ui/models/gguf_metadata_model.h"
#include "ui/models/gguf_summary_card.h"
#include "ui/models/gguf_tensor_model.h"
#include "ui/models/models_page.h"
#include "ui/models/quant_mix_bar.h"
#include "ui/shell/banner.h"

using namespace md::ui;
using md::gguf::Value;
using md::gguf::ValueType;
using md::testing::GgufBuilder;

class GgufInspectorTest : public QObject {
  Q_OBJECT

private:
  md::testing::TempFolder temp_;

  // Writes `builder` under a folder with CJK characters and spaces.
  QString write(const GgufBuilder& builder, const QString& name, std::uint64_t keepBytes = UINT64_MAX) {
    const std::filesystem::path folder = temp_.path() / std::filesystem::path(u"模型 文件");
    std::filesystem::create_directories(folder);
    const std::filesystem::path file = folder / std::filesystem::path(name.toStdU16String());
    builder.write(file, keepBytes);
    return QString::fromStdU16String(file.u16string());
  }

  static bool openAndWait(GgufInspector& inspector, const QString& path, bool expectSuccess = true) {
    QSignalSpy loaded(&inspector, &GgufInspector::loaded);
    QSignalSpy failed(&inspector, &GgufInspector::failed);
    inspector.open(path);
    QSignalSpy& expected = expectSuccess ? loaded : failed;
    if (!expected.wait(60000))
      return false;
    return (expectSuccess ? failed.count() : loaded.count()) == 0 && !inspector.isLoading();
  }

  static QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
      values << model.index(row, column).data(role).toString();
    return values;
  }

private Q_SLOTS:
  void modelShowsFactsBadgeAndMix() {
    GgufInspector inspector;
    QVERIFY(openAndWait(inspector, write(md::testing::tinyLlama("Tiny Llama"), QStringLiteral("tiny llama 小.gguf"))));
    GgufSummaryCard* card = inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"));
    QCOMPARE(card->roleBadge(), QStringLiteral("Model"));
    QCOMPARE(card->incompleteBadge(), QString());
    QCOMPARE(card->fact(QStringLiteral("architecture")), QStringLiteral("llama"));
    QCOMPARE(card->fact(QStringLiteral("context")), QStringLiteral("256 tokens"));
    QCOMPARE(card->fact(QStringLiteral("quantization")), QStringLiteral("F32"));
    QVERIFY(!card->fact(QStringLiteral("parameters")).isEmpty());
    QVERIFY(card->fact(QStringLiteral("parameters")) != QStringLiteral("unknown"));
    QCOMPARE(card->findChild<QuantMixBar*>(QStringLiteral("quantMix"))->legendText(), QStringLiteral("F32 100%"));
    QVERIFY(!inspector.findChild<QSlider*>(QStringLiteral("contextSlider"))->isHidden());
    QVERIFY(inspector.findChild<QPlainTextEdit*>(QStringLiteral("chatTemplate"))->isReadOnly());
    QVERIFY(inspector.findChild<QPlainTextEdit*>(QStringLiteral("chatTemplate"))
                ->toPlainText()
                .contains(QStringLiteral("<|im_start|>assistant")));
    const QString facts = inspector.findChild<QLabel*>(QStringLiteral("chatTemplateFacts"))->text();
    QVERIFY2(facts.contains(QStringLiteral("Ollama recognises the chat template as its “chatml” template")),
             qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral(": completion")), qPrintable(facts));
    QVERIFY(inspector.findChild<md::ui::Banner*>(QStringLiteral("inspectorBanner"))->isHidden());
  }

  void projectorShardAndIncompleteBadges() {
    GgufInspector inspector;
    QVERIFY(openAndWait(inspector, write(md::testing::tinyProjector(), QStringLiteral("mmproj 视觉.gguf"))));
    QCOMPARE(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->roleBadge(),
             QStringLiteral("Vision projector"));
    QCOMPARE(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))
                 ->findChild<QuantMixBar*>(QStringLiteral("quantMix"))
                 ->legendText(),
             QStringLiteral("F16 100%"));
    auto* slider = inspector.findChild<QSlider*>(QStringLiteral("contextSlider"));
    QVERIFY(slider->isHidden()); // no KV cache: a context length changes nothing
    QVERIFY(inspector.findChild<QLabel*>(QStringLiteral("memoryEstimate"))->text().contains(QStringLiteral("weights")));

    GgufBuilder shard = md::testing::tinyLlama();
    shard.set("split.no", Value::unsignedInt(ValueType::Uint16, 1))
        .set("split.count", Value::unsignedInt(ValueType::Uint16, 3))
        .set("split.tensors.count", Value::signedInt(ValueType::Int32, 60));
    QVERIFY(openAndWait(inspector, write(shard, QStringLiteral("tiny-00002-of-00003.gguf"))));
    QCOMPARE(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->roleBadge(),
             QStringLiteral("Shard 2 of 3"));

    GgufBuilder model = md::testing::tinyLlama();
    const std::uint64_t full = model.layout().fileSize;
    QVERIFY(openAndWait(inspector, write(model, QStringLiteral("cut short.gguf"), full - 4096)));
    QCOMPARE(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->roleBadge(),
             QStringLiteral("Model"));
    QVERIFY2(
        inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))
            ->incompleteBadge()
            .startsWith(QStringLiteral("Incomplete: ")),
        qPrintable(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->incompleteBadge()));
    QVERIFY(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))
                ->incompleteBadge()
                .endsWith(QStringLiteral(" missing")));
  }

  void metadataSearchFilters() {
    GgufInspector inspector;
    QVERIFY(openAndWait(inspector, write(md::testing::tinyLlama(), QStringLiteral("search.gguf"))));
    GgufMetadataModel* model = inspector.findChild<md::ui::GgufMetadataModel*>(QStringLiteral("metadataModel"));
    const int all = model->rowCount();
    QVERIFY(all > 10);
    inspector.findChild<QLineEdit*>(QStringLiteral("metadataSearch"))->setText(QStringLiteral("CONTEXT_len"));
    QCOMPARE(column(*model, GgufMetadataModel::KeyColumn), QStringList{QStringLiteral("llama.context_length")});
    inspector.findChild<QLineEdit*>(QStringLiteral("metadataSearch"))
        ->setText(QStringLiteral("tiny-llama")); // a value, not a key
    QCOMPARE(column(*model, GgufMetadataModel::KeyColumn), QStringList{QStringLiteral("general.name")});
    inspector.findChild<QLineEdit*>(QStringLiteral("metadataSearch"))->setText(QStringLiteral("no such key"));
    QCOMPARE(model->rowCount(), 0);
    inspector.findChild<QLineEdit*>(QStringLiteral("metadataSearch"))->clear();
    QCOMPARE(model->rowCount(), all);
  }

  void arraysExpandPageByPage() {
    GgufInspector inspector;
    inspector.show();
    QVERIFY(openAndWait(inspector, write(md::testing::tinyLlama(), QStringLiteral("arrays.gguf"))));
    GgufMetadataModel* model = inspector.findChild<md::ui::GgufMetadataModel*>(QStringLiteral("metadataModel"));
    const QModelIndex tokens = model->indexOfKey(QStringLiteral("tokenizer.ggml.tokens"));
    QVERIFY(tokens.isValid());
    const int total = 268; // 3 specials + 256 bytes + 9 pieces
    QCOMPARE(tokens.siblingAtColumn(GgufMetadataModel::TypeColumn).data().toString(), QStringLiteral("string[268]"));
    QVERIFY(tokens.siblingAtColumn(GgufMetadataModel::ValueColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("268 items: \"<unk>\", \"<s>\"")));
    // Nothing is materialised until asked: only the "Load more" row.
    QCOMPARE(model->rowCount(tokens), 1);
    QVERIFY(model->isLoadMoreRow(model->index(0, 0, tokens)));

    inspector.findChild<QTreeView*>(QStringLiteral("metadataView"))->expand(tokens); // expanding loads the first page
    const int shown = GgufMetadataModel::kPageSize;
    QCOMPARE(model->rowCount(tokens), shown + 1);
    QCOMPARE(model->index(0, 0, tokens).data().toString(), QStringLiteral("[0]"));
    QCOMPARE(model->index(0, GgufMetadataModel::ValueColumn, tokens).data().toString(), QStringLiteral("\"<unk>\""));
    const QModelIndex more = model->index(shown, 0, tokens);
    QVERIFY(model->isLoadMoreRow(more));
    QVERIFY2(more.data().toString().contains(QStringLiteral("%1 of 268").arg(shown)),
             qPrintable(more.data().toString()));

    Q_EMIT inspector.findChild<QTreeView*>(QStringLiteral("metadataView"))
        ->clicked(more); // clicking "Load more" adds one page
    QCOMPARE(model->rowCount(tokens), shown + GgufMetadataModel::kPageSize + 1);
    while (model->hasMore(tokens))
      Q_EMIT inspector.findChild<QTreeView*>(QStringLiteral("metadataView"))
          ->clicked(model->index(model->rowCount(tokens) - 1, 0, tokens));
    QCOMPARE(model->rowCount(tokens), total); // the last page, and no more "Load more"
    QVERIFY(!model->isLoadMoreRow(model->index(total - 1, 0, tokens)));
    QCOMPARE(model->index(total - 1, GgufMetadataModel::KeyColumn, tokens).data().toString(), QStringLiteral("[267]"));
  }

  void tensorsSortByNameTypeAndSize() {
    GgufBuilder builder;
    builder.setString("general.architecture", "llama");
    builder.tensor("b.weight", {256, 4}, 12); // Q4_K, 576 bytes
    builder.tensor("c.weight", {256, 1}, 14); // Q6_K, 210 bytes
    builder.tensor("a.weight", {64, 64}, 0);  // F32, 16 KiB
    builder.tensor("d.weight", {32, 2}, 1);   // F16, 128 bytes
    GgufInspector inspector;
    QVERIFY(openAndWait(inspector, write(builder, QStringLiteral("sort.gguf"))));
    QSortFilterProxyModel* proxy = inspector.findChild<QSortFilterProxyModel*>(QStringLiteral("tensorProxy"));
    QTableView* view = inspector.findChild<QTableView*>(QStringLiteral("tensorView"));
    QCOMPARE(column(*proxy, GgufTensorModel::NameColumn),
             (QStringList{QStringLiteral("b.weight"), QStringLiteral("c.weight"), QStringLiteral("a.weight"),
                          QStringLiteral("d.weight")})); // file order first
    view->sortByColumn(GgufTensorModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(column(*proxy, GgufTensorModel::NameColumn),
             (QStringList{QStringLiteral("a.weight"), QStringLiteral("b.weight"), QStringLiteral("c.weight"),
                          QStringLiteral("d.weight")}));
    view->sortByColumn(GgufTensorModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(column(*proxy, GgufTensorModel::NameColumn),
             (QStringList{QStringLiteral("a.weight"), QStringLiteral("b.weight"), QStringLiteral("c.weight"),
                          QStringLiteral("d.weight")}));
    view->sortByColumn(GgufTensorModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(column(*proxy, GgufTensorModel::NameColumn),
             (QStringList{QStringLiteral("d.weight"), QStringLiteral("c.weight"), QStringLiteral("b.weight"),
                          QStringLiteral("a.weight")}));
    view->sortByColumn(GgufTensorModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(
        column(*proxy, GgufTensorModel::TypeColumn),
        (QStringList{QStringLiteral("F16"), QStringLiteral("F32"), QStringLiteral("Q4_K"), QStringLiteral("Q6_K")}));
  }

  void memoryEstimateFollowsTheSlider() {
    GgufInspector inspector;
    QVERIFY(openAndWait(inspector, write(md::testing::tinyLlama(), QStringLiteral("memory.gguf"))));
    GgufMemoryPanel* memory = inspector.findChild<md::ui::GgufMemoryPanel*>(QStringLiteral("memoryPanel"));
    QCOMPARE(memory->contextLength(), 256u); // the trained context is only 256 tokens
    QCOMPARE(memory->findChild<QSlider*>(QStringLiteral("contextSlider"))->maximum(), 1);
    const QString atTrained = memory->estimateText();
    QVERIFY2(atTrained.contains(QStringLiteral("KV cache")), qPrintable(atTrained));

    GgufBuilder big = md::testing::tinyLlama();
    big.setU32("llama.context_length", 32768);
    QVERIFY(openAndWait(inspector, write(big, QStringLiteral("memory long.gguf"))));
    QCOMPARE(memory->contextLength(), 4096u);
    const QString at4k = memory->estimateText();
    memory->setContextLength(32768);
    QCOMPARE(memory->contextLength(), 32768u);
    QVERIFY(memory->estimateText() != at4k);
  }

  void malformedFileShowsErrorWithOffset() {
    // A v3 header that promises one key, then ends inside it.
    QByteArray bytes("GGUF");
    auto append = [&bytes](auto value) { bytes.append(reinterpret_cast<const char*>(&value), sizeof value); };
    append(std::uint32_t{3});
    append(std::uint64_t{0});
    append(std::uint64_t{1});
    append(std::uint64_t{1000});
    bytes.append("abc");
    const std::filesystem::path file = temp_.path() / std::filesystem::path(u"坏 文件.gguf");
    md::testing::writeAll(file,
                          std::vector<std::byte>(reinterpret_cast<const std::byte*>(bytes.data()),
                                                 reinterpret_cast<const std::byte*>(bytes.data() + bytes.size())));
    GgufInspector inspector;
    inspector.show();
    QVERIFY(openAndWait(inspector, QString::fromStdU16String(file.u16string()), false));
    QVERIFY(!inspector.findChild<md::ui::Banner*>(QStringLiteral("inspectorBanner"))->isHidden());
    QCOMPARE(inspector.findChild<md::ui::Banner*>(QStringLiteral("inspectorBanner"))->kind(), Banner::Kind::Error);
    const QString message = inspector.findChild<md::ui::Banner*>(QStringLiteral("inspectorBanner"))->text();
    QVERIFY2(message.contains(QStringLiteral("metadata count 1 runs past the end")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("(at byte 16)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("坏 文件.gguf")), qPrintable(message));
    QVERIFY(!inspector.hasFile());
    QVERIFY(!inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->isVisible());
  }

  // A 10 GiB model (sparse here) opens from its header alone.
  void tenGigabyteModelOpensFromItsHeader() {
    GgufBuilder builder = md::testing::tinyLlama("Big Llama");
    for (int i = 0; i < 40; ++i) // 40 F16 tensors of 256 MiB
      builder.tensor("blk.big." + std::to_string(i) + ".weight", {8192, 16384}, 1);
    const auto layout = builder.layout();
    QVERIFY(layout.fileSize > 10ull * 1024 * 1024 * 1024);
    const QString path = write(builder, QStringLiteral("big 10G.gguf"), layout.bytes.size());
    std::filesystem::resize_file(std::filesystem::path(path.toStdU16String()), layout.fileSize);

    GgufInspector inspector;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(openAndWait(inspector, path));
    qInfo("opened a %llu-byte model in %lld ms", static_cast<unsigned long long>(layout.fileSize),
          static_cast<long long>(clock.elapsed()));
    QCOMPARE(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->roleBadge(),
             QStringLiteral("Model"));
    QCOMPARE(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->incompleteBadge(),
             QString());
    QVERIFY(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))
                ->findChild<QuantMixBar*>(QStringLiteral("quantMix"))
                ->legendText()
                .startsWith(QStringLiteral("F16")));
  }

  void bigVocabularyDoesNotStallTheUi() {
    const QString path = write(md::testing::bigVocabulary(150000, 300), QStringLiteral("big vocab 词表.gguf"));
    GgufInspector inspector;
    inspector.resize(900, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, &inspector, [&] {
      const qint64 now = clock.elapsed();
      longestGap = std::max(longestGap, now - last);
      last = now;
      ++ticks;
    });
    QSignalSpy loaded(&inspector, &GgufInspector::loaded);
    clock.start();
    ticker.start();
    inspector.open(path);
    QVERIFY(inspector.isLoading());
    QVERIFY(loaded.wait(60000));
    // Let the view lay out and paint what it shows.
    const int ticksAtLoad = ticks;
    QTRY_VERIFY(ticks >= ticksAtLoad + 5);
    ticker.stop();
    last = clock.elapsed();
    QVERIFY2(longestGap < 250,
             qPrintable(QStringLiteral("longest gap %1 ms over %2 ticks").arg(longestGap).arg(ticks)));

    QVERIFY(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->isVisible());
    QCOMPARE(inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))
                 ->fact(QStringLiteral("quantization")),
             QStringLiteral("Q4_K_M"));
    QCOMPARE(
        inspector.findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))->fact(QStringLiteral("tensors")),
        QStringLiteral("300"));
    QCOMPARE(inspector.findChild<QSortFilterProxyModel*>(QStringLiteral("tensorProxy"))->rowCount(), 300);
    const QModelIndex tokens = inspector.findChild<md::ui::GgufMetadataModel*>(QStringLiteral("metadataModel"))
                                   ->indexOfKey(QStringLiteral("tokenizer.ggml.tokens"));
    QCOMPARE(tokens.siblingAtColumn(GgufMetadataModel::TypeColumn).data().toString(),
             QStringLiteral("string[150,000]"));
    inspector.findChild<QTreeView*>(QStringLiteral("metadataView"))->expand(tokens);
    // One page is materialised, never the 150,000 rows, however long the view lays out.
    const int ticksAtExpand = ticks;
    ticker.start();
    QTRY_VERIFY(ticks >= ticksAtExpand + 5);
    QCOMPARE(inspector.findChild<md::ui::GgufMetadataModel*>(QStringLiteral("metadataModel"))->rowCount(tokens),
             GgufMetadataModel::kPageSize + 1);
  }

  void modelsPageOpensDroppedGgufInInspector() {
    ModelsPage page;
    QVERIFY(page.isShowingEmptyState());
    const QString path = write(md::testing::tinyLlama(), QStringLiteral("dropped 模型.gguf"));
    QSignalSpy loaded(page.findChild<md::ui::GgufInspector*>(QStringLiteral("ggufInspector")), &GgufInspector::loaded);
    page.receiveDrop(DropDecision{DropTarget::Inspector, {path}, {}});
    QVERIFY(page.isShowingInspector());
    QVERIFY(!page.isShowingEmptyState());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(page.findChild<md::ui::GgufInspector*>(QStringLiteral("ggufInspector"))->path(), path);
    QCOMPARE(page.findChild<md::ui::GgufInspector*>(QStringLiteral("ggufInspector"))
                 ->findChild<md::ui::GgufSummaryCard*>(QStringLiteral("summaryCard"))
                 ->roleBadge(),
             QStringLiteral("Model"));
  }
};

QTEST_MAIN(GgufInspectorTest)
#include "tst_gguf_inspector.moc"
