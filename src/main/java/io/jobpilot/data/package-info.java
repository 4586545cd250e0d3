/** Reading and writing the project's tab-separated data files, with errors that name the file and the line. */
package io.jobpilot.data;
