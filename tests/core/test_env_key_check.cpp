#include <gtest/gtest.h>

#include "core/env/key_check.h"
#include "tests/support/fake_key_server.h"
#include "tests/support/fake_ollama.h"

namespace md::env {
namespace {

const std::string kDashKey = "sk-beijing0123456789";
const std::string kWandbKey = "0123456789abcdef0123456789abcdef01234567";

TEST(KeyCheck, DashScopeValidInvalidAndFallbackToInternational) {
  testing::FakeKeyServer beijing({kDashKey, kWandbKey});
  testing::FakeKeyServer international({"sk-intl0123456789", kWandbKey});
  ASSERT_TRUE(beijing.start());
  ASSERT_TRUE(international.start());
  KeyCheckEndpoints endpoints;
  endpoints.dashscopeBases = {beijing.url(), international.url()};

  auto valid = checkDashScopeKey(kDashKey, endpoints);
  EXPECT_EQ(valid.verdict, KeyVerdict::Valid) << valid.message;
  auto intl = checkDashScopeKey("sk-intl0123456789", endpoints);
  EXPECT_EQ(intl.verdict, KeyVerdict::Valid) << intl.message;
  EXPECT_EQ(international.requestCount(), 1);
  auto bad = checkDashScopeKey("sk-wrong0123456789", endpoints);
  EXPECT_EQ(bad.verdict, KeyVerdict::Rejected);
  EXPECT_EQ(bad.message.find("sk-wrong"), std::string::npos);
}

// Keys are regional: a 401 from one region says nothing about a key of the
// region that could not be asked.
TEST(KeyCheck, DashScopeRejectedInOneRegionWhileAnotherIsDownIsNotRejected) {
  testing::FakeKeyServer beijing({kDashKey, kWandbKey});
  ASSERT_TRUE(beijing.start());
  const std::string down = "http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort());
  KeyCheckEndpoints endpoints;
  endpoints.dashscopeBases = {beijing.url(), down};

  auto result = checkDashScopeKey("sk-intl0123456789", endpoints);
  EXPECT_EQ(result.verdict, KeyVerdict::Unreachable) << result.message;
  EXPECT_EQ(result.message.find("every region"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("rejected the key in " + beijing.url()), std::string::npos) << result.message;
  EXPECT_NE(result.message.find(down + " could not be reached"), std::string::npos) << result.message;
  EXPECT_EQ(result.message.find("sk-intl"), std::string::npos);
  // The UI translates the same sentence from its code and arguments.
  EXPECT_EQ(result.text.id, MessageId::DashScopeRejectedWhereReached);
  EXPECT_EQ(result.text.english(), result.message);
}

// The known regions are named as such, in a list the UI can join in its
// own language.
TEST(KeyCheck, RegionsAreNamedAndListed) {
  testing::FakeKeyServer server({kDashKey, kWandbKey});
  ASSERT_TRUE(server.start());
  // curl resolves *.localhost to loopback itself (RFC 6761), so both names
  // reach the local server; the region is told by the host name.
  const std::string port = server.url().substr(server.url().rfind(':'));
  KeyCheckEndpoints endpoints;
  endpoints.dashscopeBases = {"http://dashscope.aliyuncs.com.localhost" + port,
                              "http://dashscope-intl.aliyuncs.com.localhost" + port};
  auto rejected = checkDashScopeKey("sk-wrong0123456789", endpoints);
  EXPECT_EQ(rejected.verdict, KeyVerdict::Rejected) << rejected.message;
  EXPECT_EQ(rejected.message, "DashScope rejected the key in every region tried (Beijing, international)");
  ASSERT_EQ(rejected.text.args.size(), 1u);
  ASSERT_TRUE(rejected.text.args[0].sentence);
  EXPECT_EQ(rejected.text.args[0].sentence->id, MessageId::ListJoin);
  auto accepted = checkDashScopeKey(kDashKey, endpoints);
  EXPECT_EQ(accepted.message, "DashScope accepted the key (Beijing)");
  EXPECT_EQ(accepted.account, "Beijing");
}

TEST(KeyCheck, WandbValidAndInvalid) {
  testing::FakeKeyServer server({kDashKey, kWandbKey, "张三"});
  ASSERT_TRUE(server.start());
  KeyCheckEndpoints endpoints;
  endpoints.wandbBase = server.url();
  auto valid = checkKey("WANDB_API_KEY", kWandbKey, endpoints);
  EXPECT_EQ(valid.verdict, KeyVerdict::Valid) << valid.message;
  EXPECT_EQ(valid.account, "张三");
  auto bad = checkKey("WANDB_API_KEY", "ffffffffffffffffffffffffffffffffffffffff", endpoints);
  EXPECT_EQ(bad.verdict, KeyVerdict::Rejected);
}

TEST(KeyCheck, NetworkDownIsUnreachableAndNeverEchoesTheKey) {
  KeyCheckEndpoints endpoints;
  const std::string down = "http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort());
  endpoints.dashscopeBases = {down, down};
  endpoints.wandbBase = down;
  auto dash = checkDashScopeKey(kDashKey, endpoints);
  EXPECT_EQ(dash.verdict, KeyVerdict::Unreachable);
  EXPECT_EQ(dash.message.find(kDashKey), std::string::npos);
  auto wandb = checkWandbKey(kWandbKey, endpoints);
  EXPECT_EQ(wandb.verdict, KeyVerdict::Unreachable);
  EXPECT_EQ(wandb.message.find(kWandbKey), std::string::npos);
}

} // namespace
} // namespace md::env
