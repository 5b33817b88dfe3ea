/* test-url.c — which links the app agrees to open, and the host it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "scm-url.h"

static void
test_web_urls (void)
{
  static const char * const accepted[] = {
    "https://example.org/", "HTTPS://Example.org/", "http://example.org:8080/a?b=1#c",
    "https://example.org", "https://www.unesco.org/en/articles?x=@y", "https://müller.de/",
    "https://пример.рф/", "https://xn--mller-kva.de/", "https://8.8.8.8/", "https://172.32.0.1/",
    "https://[2001:4860:4860::8888]/", "https://example.org./", "https://sub_domain.example.org/",
    "https://example.org:443/", "https://example.org:65535/", "https://example.org#@evil.example",
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    g_assert_true (scm_url_is_web (accepted[i]));
}

static void
test_refused (void)
{
  static const char * const refused[] = {
    /* not the web */
    "ftp://example.org/", "JAVASCRIPT:alert(1)", "file:///etc/passwd", "https://", "https:///path",
    "https://:80/", "example.org", "",
    /* user-info: credentials, or a host hidden behind another's name */
    "https://user:password@example.org/", "https://www.unesco.org@evil.example/",
    "https://@example.org/", "https://evil.example\\@www.unesco.org/", "https://www.unesco.org%40evil.example/",
    /* reordering and control characters, anywhere */
    "https://example.org/\u202eexe.txt", "https://example.org/\u202aa", "https://example.org/\u202b",
    "https://example.org/\u202c", "https://example.org/\u202d", "https://exa\u2066mple.org/",
    "https://example.org/\u2067", "https://example.org/\u2068", "https://example.org/\u2069",
    "https://example.org/\u200e", "https://example.org/\u200f", "https://example.org/\u061c",
    "https://example.org/\x1b[2J", "https://example.org/a\tb", "https://example.org/a\nb",
    "https://example.org/\x7f", "https://example.org/\xc2\x85", "https://exa mple.org/",
    /* this machine, private networks */
    "http://127.0.0.1:631/admin", "http://127.8.9.10/", "http://[::1]/", "http://localhost/",
    "http://LOCALHOST:8080/", "http://localhost./", "http://printer.localhost/",
    "http://10.0.0.1/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[febf::1]/",
    "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://0.0.0.0/", "http://[::]/",
    "http://[::ffff:127.0.0.1]/", "http://[::ffff:192.168.0.1]/", "http://[fe80::1%25eth0]/",
    /* numbers that a browser reads as an address */
    "http://2130706433/", "http://0x7f000001/", "http://0x7f.1/", "http://127.1/",
    "http://127.000.000.001/", "http://017700000001/",
    /* hosts and ports of another shape */
    "https://example.org:abc/", "https://example.org:/", "https://example.org:65536/",
    "https://example.org:0/", "https://example.org:0000443/", "https://example.org:-1/", "https://[::1/", "https://exa<mple.org/",
    "https://.example.org/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_false (scm_url_is_web (refused[i]));
    }
  g_assert_false (scm_url_is_web (NULL));
  g_assert_false (scm_url_is_web ("https://example.org/\xff"));
}

static void
assert_display (const char *url,
                const char *host,
                const char *path)
{
  g_autofree char *shown_host = scm_url_get_display_host (url);
  g_autofree char *shown_path = scm_url_get_path (url);

  g_assert_cmpstr (shown_host, ==, host);
  g_assert_cmpstr (shown_path, ==, path);
}

/* Unicode only where all the host's letters are of one script */
static void
test_display (void)
{
  g_autofree char *lookalike_ascii = g_hostname_to_ascii ("\u0430pple.com");

  /* A Cyrillic "а" among Latin letters: shown as the browser will resolve it */
  g_assert_true (g_str_has_prefix (lookalike_ascii, "xn--"));
  assert_display ("https://\u0430pple.com/login", lookalike_ascii, "/login");
  assert_display ("https://\u0430\u0440\u0440\u04cf\u0435.com/", "xn--80ak6aa92e.com", "");

  assert_display ("https://Example.org/path/to?q=1#top", "example.org", "/path/to?q=1#top");
  assert_display ("https://example.org", "example.org", "");
  assert_display ("http://example.org:8080/a", "example.org", ":8080/a");
  assert_display ("https://müller.de/", "müller.de", "");
  assert_display ("https://xn--mller-kva.de/x", "müller.de", "/x");
  assert_display ("https://пример.рф/", "пример.рф", "");
  assert_display ("https://[2001:4860:4860::8888]:443/", "[2001:4860:4860::8888]", ":443/");
  assert_display ("https://8.8.8.8/dns", "8.8.8.8", "/dns");
  assert_display ("https://www.unesco.org@evil.example/", NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/url/web", test_web_urls);
  g_test_add_func ("/url/refused", test_refused);
  g_test_add_func ("/url/display", test_display);

  return g_test_run ();
}
