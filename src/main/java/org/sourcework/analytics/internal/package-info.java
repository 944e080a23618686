/** The rows the analytics' reporting queries return. Only the analytics feature uses this package. */
package org.sourcework.analytics.internal;
