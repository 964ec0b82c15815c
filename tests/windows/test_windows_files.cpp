// Windows file behaviour, run under Wine (tests/windows): paths under
// C:\Users\张三\模型 文件\ stored as real wide names, paths over 260
// characters, a join and a merge with their SHA-256 there, and an atomic
// replace while another program holds the target open for reading.
#include <gtest/gtest.h>

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <filesystem>
#include <string>

#include "core/io/atomic_write.h"
#include "core/io/file.h"
#include "core/io/replace_file.h"
#include "core/merge/merge_engine.h"
#include "core/merge/merge_plan.h"
#include "core/util/paths.h"
#include "core/util/progress.h"
#include "tests/support/digest.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"

namespace md {
namespace {

namespace fs = std::filesystem;

// C:\Users\张三\模型 文件\<test name>, fresh for each test.
class WindowsFiles : public ::testing::Test {
protected:
  void SetUp() override {
    folder_ = fs::path(L"C:\\Users\\张三\\模型 文件") /
              pathFromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(folder_, ec);
  }
  const fs::path& folder() const { return folder_; }

  // Names in the folder, as UTF-8.
  std::vector<std::string> names() const {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(folder_))
      found.push_back(pathToUtf8(entry.path().filename()));
    std::sort(found.begin(), found.end());
    return found;
  }

  Result<merge::MergeResult> merge(const std::vector<fs::path>& inputs, const fs::path& output) {
    const auto plan = merge::classify(inputs);
    ProgressReporter progress({}, nullptr, std::chrono::milliseconds(0));
    return merge::runMerge(plan, output, {}, progress);
  }

private:
  fs::path folder_;
};

// A handle opened the way most programs read a file: sharing read only.
HANDLE openLikeAnotherProgram(const fs::path& path) {
  return ::CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL,
                       nullptr);
}

std::string readThrough(HANDLE handle) {
  char buffer[64] = {};
  DWORD read = 0;
  ::SetFilePointer(handle, 0, nullptr, FILE_BEGIN);
  ::ReadFile(handle, buffer, sizeof buffer, &read, nullptr);
  return std::string(buffer, read);
}

TEST_F(WindowsFiles, ChineseNamesAreStoredAsWideNamesNotCodePageBytes) {
  const fs::path file = folder() / L"通义千问 模型.txt";
  ASSERT_TRUE(io::writeFileAtomically(file, "你好").ok());
  // Win32's own wide call finds the file under its real name.
  const std::wstring wide = L"C:\\Users\\张三\\模型 文件\\" +
                            pathFromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name()).wstring() +
                            L"\\通义千问 模型.txt";
  EXPECT_NE(::GetFileAttributesW(wide.c_str()), INVALID_FILE_ATTRIBUTES);
  EXPECT_EQ(names(), std::vector<std::string>{"通义千问 模型.txt"});
  auto text = io::readSmallFile(pathFromUtf8(pathToUtf8(file)));
  ASSERT_TRUE(text.ok()) << text.error().describe();
  EXPECT_EQ(text->value_or(""), "你好");
}

TEST_F(WindowsFiles, PathsLongerThan260CharactersWorkThroughCore) {
  fs::path deep = folder();
  while (deep.native().size() < 300)
    deep /= L"子文件夹 with a long name";
  const fs::path file = deep / L"模型.gguf";
  ASSERT_GT(file.native().size(), 260u);
  EXPECT_EQ(io::win32Path(file).rfind(LR"(\\?\C:\Users\张三\模型 文件\)", 0), 0u);
  fs::create_directories(deep);
  auto created = io::File::createNew(file);
  ASSERT_TRUE(created.ok()) << created.error().describe();
  const std::string bytes = "GGUF and more";
  ASSERT_TRUE(created->write({reinterpret_cast<const std::byte*>(bytes.data()), bytes.size()}).ok());
  created->close();
  auto opened = io::File::openRead(file);
  ASSERT_TRUE(opened.ok()) << opened.error().describe();
  EXPECT_EQ(*opened->size(), bytes.size());
  opened->close();
  ASSERT_TRUE(io::writeFileAtomically(file, "replaced").ok());
  EXPECT_EQ(io::readSmallFile(file)->value_or(""), "replaced");
}

TEST_F(WindowsFiles, JoinsPartsAndMergesShardsWithTheirSha256) {
  auto builder = testing::tinyLlama();
  const auto original = builder.bytes();
  const auto parts = testing::writeParts(builder, folder() / L"千问.gguf", {".a", ".b", ".c"});
  auto joined = merge(parts, folder() / L"千问 合并.gguf");
  ASSERT_TRUE(joined.ok()) << joined.error().describe();
  EXPECT_EQ(testing::readAll(folder() / L"千问 合并.gguf"), original);
  EXPECT_EQ(joined->sha256, testing::sha256Hex(original));
  EXPECT_EQ(joined->sha256, testing::sha256OfFile(folder() / L"千问 合并.gguf"));

  fs::create_directories(folder() / L"分片");
  const auto shards = testing::writeShards(builder, folder() / L"分片", "tiny", 3);
  auto merged = merge(shards, folder() / L"分片 合并.gguf");
  ASSERT_TRUE(merged.ok()) << merged.error().describe();
  EXPECT_EQ(merged->sha256, testing::sha256OfFile(folder() / L"分片 合并.gguf"));
  for (const auto& name : names())
    EXPECT_EQ(name.find("modeldesk-partial"), std::string::npos) << name;
}

TEST_F(WindowsFiles, AtomicReplaceWhileAnotherProgramReadsTheTarget) {
  const fs::path target = folder() / L"设置.txt";
  ASSERT_TRUE(io::writeFileAtomically(target, "old bytes").ok());
  HANDLE reader = openLikeAnotherProgram(target);
  ASSERT_NE(reader, INVALID_HANDLE_VALUE);
  Status replaced = io::writeFileAtomically(target, "new bytes");
  if (replaced) {
    // Windows with POSIX rename semantics: the reader keeps the old bytes.
    EXPECT_EQ(readThrough(reader), "old bytes");
  } else {
    // The classic semantics (and Wine's): refused, said plainly, nothing lost or left.
    EXPECT_EQ(replaced.error().text.id, MessageId::FileInUse) << replaced.error().describe();
    EXPECT_NE(replaced.error().message.find("设置.txt is open in another program"), std::string::npos)
        << replaced.error().message;
    EXPECT_EQ(io::readSmallFile(target)->value_or(""), "old bytes");
    EXPECT_EQ(names(), std::vector<std::string>{"设置.txt"});
    EXPECT_EQ(readThrough(reader), "old bytes");
  }
  ::CloseHandle(reader);
  ASSERT_TRUE(io::writeFileAtomically(target, "new bytes").ok());
  EXPECT_EQ(io::readSmallFile(target)->value_or(""), "new bytes");
  EXPECT_EQ(names(), std::vector<std::string>{"设置.txt"});
}

TEST_F(WindowsFiles, CoreReadersNeverBlockAReplaceOrTheWriterThatVerifies) {
  const fs::path target = folder() / L"模型.bin";
  ASSERT_TRUE(io::writeFileAtomically(target, "first").ok());
  // A file core is writing can be read at the same time (a merge verifies its output so).
  auto writing = io::File::createNew(folder() / L"输出.bin");
  ASSERT_TRUE(writing.ok());
  auto reading = io::File::openRead(folder() / L"输出.bin");
  ASSERT_TRUE(reading.ok()) << reading.error().describe();
  // And core's reader shares delete: whoever replaces or removes the file may.
  auto held = io::File::openRead(target);
  ASSERT_TRUE(held.ok());
  HANDLE deleter = ::CreateFileW(target.c_str(), DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                 nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  EXPECT_NE(deleter, INVALID_HANDLE_VALUE) << "core's reader blocks DELETE access: " << ::GetLastError();
  if (deleter != INVALID_HANDLE_VALUE)
    ::CloseHandle(deleter);
}

} // namespace
} // namespace md
