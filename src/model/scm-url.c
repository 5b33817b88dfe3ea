/* scm-url.c
 *
 * The app opens nothing but web pages on the public web, and shows the host
 * that a click opens as it really is. The loader refuses other URLs and the
 * panels check again with the same function, whatever a caller passes.
 *
 * Refused: other schemes; user-info ("https://www.unesco.org@evil.example/"
 * opens evil.example); control and bidirectional formatting characters
 * anywhere (a right-to-left override shows ".../txt.exe" for ".../exe.txt");
 * hosts that are not names or canonical addresses ("http://2130706433/" is
 * 127.0.0.1 to a browser); loopback, link-local, private and unspecified
 * addresses, and localhost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "scm-url.h"

/* The parts of a web URL that decide where it goes */
typedef struct
{
  const char *authority;   /* after "//" */
  gsize authority_length;
  const char *rest;        /* the path, query and fragment, from the first of / ? # */
  char *host;              /* lower case, without the brackets of an IPv6 address */
} WebUrl;

static void
web_url_clear (WebUrl *url)
{
  g_clear_pointer (&url->host, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WebUrl, web_url_clear)

/* Control characters (C0, DEL, C1) and the marks, embeddings, overrides and
 * isolates that reorder text: nothing in a URL needs them, and they make the
 * text shown differ from the address opened */
static gboolean
is_hidden_or_reordering (gunichar c)
{
  return c <= 0x20 || (c >= 0x7f && c <= 0x9f) ||
         c == 0x061c || c == 0x200e || c == 0x200f ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean
has_hidden_characters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_hidden_or_reordering (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The last label of a host is a number to a browser ("127.1", "0x7f.1",
 * "2130706433" are all 127.0.0.1): only a canonical dotted quad is allowed */
static gboolean
looks_numeric (const char *host)
{
  const char *last = strrchr (host, '.');

  last = last ? last + 1 : host;
  if (g_ascii_strncasecmp (last, "0x", 2) == 0)
    return TRUE;
  for (const char *p = last; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return *last != '\0';
}

/* Addresses of this machine or of a private network, never of a public site */
static gboolean
is_local_address (GInetAddress *address)
{
  const guint8 *bytes = g_inet_address_to_bytes (address);

  if (g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV6)
    {
      static const guint8 v4_mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

      /* fc00::/7, unique local addresses */
      if ((bytes[0] & 0xfe) == 0xfc)
        return TRUE;
      if (memcmp (bytes, v4_mapped, 12) == 0)
        {
          g_autoptr(GInetAddress) v4 = g_inet_address_new_from_bytes (bytes + 12, G_SOCKET_FAMILY_IPV4);
          return is_local_address (v4);
        }
    }
  /* 0.0.0.0/8 reaches this machine too */
  else if (bytes[0] == 0)
    return TRUE;

  return g_inet_address_get_is_any (address) || g_inet_address_get_is_loopback (address) ||
         g_inet_address_get_is_link_local (address) || g_inet_address_get_is_site_local (address) ||
         g_inet_address_get_is_multicast (address);
}

static gboolean
is_host_character (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '.' || c == '_' || (guchar)c >= 0x80;
}

/* A host name (Unicode or ASCII) or an address of the public web */
static gboolean
is_public_host (const char *host)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GInetAddress) address = NULL;
  gsize length = strlen (host);

  if (length == 0 || host[0] == '.')
    return FALSE;

  address = g_inet_address_new_from_string (host);
  if (address != NULL)
    return !is_local_address (address);

  for (const char *p = host; *p != '\0'; p++)
    if (!is_host_character (*p))
      return FALSE;

  ascii = g_hostname_to_ascii (host);
  if (ascii == NULL || looks_numeric (ascii))
    return FALSE;

  /* "localhost", "localhost." and any name under it */
  if (ascii[strlen (ascii) - 1] == '.')
    ascii[strlen (ascii) - 1] = '\0';
  return g_ascii_strcasecmp (ascii, "localhost") != 0 && !g_str_has_suffix (ascii, ".localhost");
}

/* Splits an http(s) URL into its authority, host and rest; FALSE if it has
 * user-info, a port that is not a number or a host of another shape */
static gboolean
parse_web_url (const char *text,
               WebUrl     *url)
{
  const char *host_start, *host_end, *port;

  if (g_ascii_strncasecmp (text, "https://", 8) == 0)
    url->authority = text + 8;
  else if (g_ascii_strncasecmp (text, "http://", 7) == 0)
    url->authority = text + 7;
  else
    return FALSE;

  url->authority_length = strcspn (url->authority, "/?#");
  url->rest = url->authority + url->authority_length;

  /* User-info hides the host behind a name of another site; a backslash is
   * a slash to a browser; a percent-escape has no place in a host name */
  if (memchr (url->authority, '@', url->authority_length) != NULL ||
      memchr (url->authority, '\\', url->authority_length) != NULL ||
      memchr (url->authority, '%', url->authority_length) != NULL)
    return FALSE;

  host_start = url->authority;
  if (*host_start == '[')
    {
      host_end = memchr (host_start, ']', url->authority_length);
      if (host_end == NULL)
        return FALSE;
      port = host_end + 1;
      host_start++;
    }
  else
    {
      host_end = memchr (host_start, ':', url->authority_length);
      if (host_end == NULL)
        host_end = url->rest;
      port = host_end;
    }

  if (port < url->rest)
    {
      guint64 number = 0;

      if (*port != ':' || port + 1 == url->rest || url->rest - port > 6)
        return FALSE;
      for (const char *p = port + 1; p < url->rest; p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          number = number * 10 + (*p - '0');
        }
      if (number == 0 || number > 65535)
        return FALSE;
    }

  url->host = g_utf8_strdown (host_start, host_end - host_start);
  return TRUE;
}

/**
 * scm_url_is_web:
 *
 * TRUE for an http or https URL to a host on the public web, with nothing
 * in it that would make the text shown differ from the page opened.
 */
gboolean
scm_url_is_web (const char *text)
{
  g_auto(WebUrl) url = { 0 };

  if (text == NULL || !g_utf8_validate (text, -1, NULL) || has_hidden_characters (text))
    return FALSE;

  return parse_web_url (text, &url) && is_public_host (url.host);
}

/* The Unicode script of each letter of @text, or G_UNICODE_SCRIPT_INVALID_CODE
 * if letters of two scripts mix (digits, hyphens and dots belong to all) */
static GUnicodeScript
single_script (const char *text)
{
  GUnicodeScript found = G_UNICODE_SCRIPT_COMMON;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED)
        continue;
      if (found != G_UNICODE_SCRIPT_COMMON && script != found)
        return G_UNICODE_SCRIPT_INVALID_CODE;
      found = script;
    }
  return found;
}

/**
 * scm_url_get_display_host:
 *
 * The host that a click on @url opens, as the user should read it: in
 * Unicode when all its letters are of one script ("müller.de",
 * "пример.рф"), else in its ASCII (punycode) form, so that Cyrillic
 * look-alikes of "apple.com" read "xn--pple-43d.com". %NULL if @url is not
 * a web URL (scm_url_is_web()).
 */
char *
scm_url_get_display_host (const char *url)
{
  g_auto(WebUrl) parts = { 0 };
  g_autoptr(GInetAddress) address = NULL;
  g_autofree char *ascii = NULL;
  g_autofree char *unicode = NULL;

  if (!scm_url_is_web (url) || !parse_web_url (url, &parts))
    return NULL;

  address = g_inet_address_new_from_string (parts.host);
  if (address != NULL)
    return g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV6 ? g_strdup_printf ("[%s]", parts.host)
                                                                        : g_strdup (parts.host);

  ascii = g_hostname_to_ascii (parts.host);
  unicode = g_hostname_to_unicode (ascii);
  if (unicode != NULL && single_script (unicode) != G_UNICODE_SCRIPT_INVALID_CODE)
    return g_steal_pointer (&unicode);
  return g_steal_pointer (&ascii);
}

/**
 * scm_url_get_path:
 *
 * What follows the host of @url: a port, the path, query and fragment, as
 * written ("" when there is none, or only "/"). %NULL if @url is not a web
 * URL.
 */
char *
scm_url_get_path (const char *url)
{
  g_auto(WebUrl) parts = { 0 };
  const char *host_end;

  if (!scm_url_is_web (url) || !parse_web_url (url, &parts))
    return NULL;

  /* A port belongs with the path: the host is shown by itself */
  host_end = memchr (parts.authority, ']', parts.authority_length);
  host_end = host_end ? host_end + 1 : parts.authority;
  host_end = memchr (host_end, ':', parts.rest - host_end);
  if (host_end == NULL)
    host_end = parts.rest;

  if (strcmp (host_end, "/") == 0)
    return g_strdup ("");
  return g_strdup (host_end);
}
