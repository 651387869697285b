/** The JUnit Jupiter extension of vnetlab (in progress). */
package io.vnetlab.junit;
