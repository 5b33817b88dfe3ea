/* bench-util.h — what the parts of the benchmark share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Figures are printed as "name value unit" lines */
double bench_percentile     (double     *values,
                             guint       n,
                             double      fraction);
double bench_time_ms        (gint64      start);
char  *bench_source_path    (const char *relative);
long   bench_peak_memory_kb (void);
double bench_process_cpu_ms (void);

void   bench_model          (void);
void   bench_windows        (const char *self_path);
void   bench_motion         (const char *self_path);
void   bench_window_up      (const char *self_path,
                             const char *app_path,
                             const char *script_path);
int    bench_run_window     (const char *kind,
                             const char *mode);

G_END_DECLS
