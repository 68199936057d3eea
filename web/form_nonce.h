// A form's nonce: what tells one filled-in form from another (so a form sent twice is
// stored once), and proof that this server issued the form. It is 32 random hex digits and
// a 32-hex-digit tag, the HMAC-SHA256 of survey, group and random part under the survey's
// form key (Store::web_form_key). Why a signature and not a table of issued nonces: issuing
// a form then writes nothing, so opening forms costs no disk flush and cannot fill the
// database; and since the key is in the database, a form outlives a restart of the server
// and is taken by any server of the same database (issue 18). What makes a nonce single-use
// is the store's table of stored forms, in the same transaction as the response.
// The nonce names no token and no person; the tag is never stored.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace peiling::web {

// A new nonce for a form of `group`.
std::string issue_form_nonce(std::string_view form_key, std::int64_t survey_id, std::string_view group);

// True when `nonce` was issued with this key for a form of this survey and group.
bool is_issued_form_nonce(std::string_view form_key, std::int64_t survey_id, std::string_view group,
                          std::string_view nonce);

}  // namespace peiling::web
