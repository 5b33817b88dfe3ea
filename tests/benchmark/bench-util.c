/* bench-util.c — what the parts of the benchmark share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Sorts @values in place */
double
bench_percentile (double *values,
                  guint   n,
                  double  fraction)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[MIN (n - 1, (guint)floor (fraction * n))];
}

double
bench_time_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

char *
bench_source_path (const char *relative)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  return g_build_filename (srcdir ? srcdir : ".", "..", relative, NULL);
}

/* The process's peak resident memory */
long
bench_peak_memory_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

/* The processor time of the process so far, all its threads, user and system */
double
bench_process_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}
