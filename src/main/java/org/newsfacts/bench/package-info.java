/**
 * Baselines for the benchmarks in {@code bench/}: what a user without Newsfacts would run, so the
 * figures are ratios against a program measured in the same run on the same machine.
 */
package org.newsfacts.bench;
