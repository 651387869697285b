/**
 * Pictures of a topology: {@link io.vnetlab.diagram.MermaidDiagram} draws regions, networks and peerings as a
 * Mermaid flowchart, which GitHub and most Markdown viewers render.
 */
package io.vnetlab.diagram;
